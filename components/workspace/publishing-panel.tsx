"use client";
import { FileButton } from "@/components/ui/file-button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import type { ArticleDto } from "@/lib/dto";
import { formText } from "@/lib/forms/form-text";

type Props = {
  article: ArticleDto;
  canEdit: boolean;
  canWrite: boolean;
  onArticle: (article: ArticleDto) => void;
  /** After an import created claims. */
  onImported: () => void;
};

type ImportResult = { created: number; alreadyPresent: number; skipped: Array<{ index: number; quote: string; reason: string }> };

/** Machine-readable publishing: ClaimReview markup and W3C Web Annotations in and out. */
export function PublishingPanel({ article, canEdit, canWrite, onArticle, onImported }: Props) {
  const { message, run, fail } = useFormAction("Nothing was saved.");

  async function savePublishedUrl(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const publishedUrl = formText(new FormData(event.currentTarget), "publishedUrl").trim();
    const saved = await run(
      () => apiFetch<ArticleDto>(`/api/articles/${article.id}`, { method: "PATCH", body: { publishedUrl } }),
      publishedUrl ? "Published address saved." : "Published address cleared.",
    );
    if (saved) onArticle(saved);
  }

  async function importFile(file: File) {
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      return fail(`${file.name} is not a JSON file.`);
    }
    const result = await run(
      () => apiFetch<ImportResult>(`/api/articles/${article.id}/annotations?skipUnplaced=true`, { method: "POST", body }),
      (imported) => {
        const skipped = imported.skipped.length
          ? ` ${imported.skipped.length} could not be placed: ${imported.skipped
              .slice(0, 3)
              .map((problem) => `“${problem.quote}” (${problem.reason})`)
              .join("; ")}.`
          : "";
        return `Imported ${imported.created} claim${imported.created === 1 ? "" : "s"}; ${imported.alreadyPresent} already marked.${skipped}`;
      },
    );
    if (result && result.created > 0) onImported();
  }

  return (
    <section className="publishing" aria-labelledby="publishing-heading">
      <h3 id="publishing-heading" className="field__label">
        Publishing and interchange
      </h3>
      {canEdit ? (
        <form className="publishing__address" onSubmit={savePublishedUrl}>
          <label className="field field--compact">
            <span className="field__label">Published at</span>
            <input className="input" name="publishedUrl" type="url" placeholder="https://" defaultValue={article.publishedUrl} key={article.publishedUrl} />
          </label>
          <button type="submit" className="button button--small">
            Save
          </button>
        </form>
      ) : (
        <p className="small">Published at: {article.publishedUrl || <span className="muted">not yet</span>}</p>
      )}
      <div className="publishing__links">
        <a className="button button--small" href={`/api/articles/${article.id}/claimreview`} target="_blank" rel="noopener">
          ClaimReview JSON-LD
        </a>
        <a className="button button--small" href={`/api/articles/${article.id}/annotations`} download={`factdesk-annotations-${article.id}.jsonld`}>
          Web Annotations
        </a>
        {canWrite && (
          <FileButton
            label="Import annotations…"
            className="button button--small"
            accept=".json,.jsonld,application/json,application/ld+json"
            onFile={(file) => void importFile(file)}
          />
        )}
      </div>
      <FormMessage message={message} />
    </section>
  );
}
