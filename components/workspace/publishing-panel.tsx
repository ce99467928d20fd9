"use client";
import { useState } from "react";
import { FileButton } from "@/components/ui/file-button";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { ArticleDto } from "@/lib/dto";

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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function savePublishedUrl(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const publishedUrl = String(new FormData(event.currentTarget).get("publishedUrl") ?? "").trim();
    try {
      onArticle(await apiFetch<ArticleDto>(`/api/articles/${article.id}`, { method: "PATCH", body: { publishedUrl } }));
      setMessage({ ok: true, text: publishedUrl ? "Published address saved." : "Published address cleared." });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : "The address was not saved." });
    }
  }

  async function importFile(file: File) {
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setMessage({ ok: false, text: `${file.name} is not a JSON file.` });
      return;
    }
    try {
      const result = await apiFetch<ImportResult>(`/api/articles/${article.id}/annotations?skipUnplaced=true`, { method: "POST", body });
      const skipped = result.skipped.length ? ` ${result.skipped.length} could not be placed: ${result.skipped.slice(0, 3).map((problem) => `“${problem.quote}” (${problem.reason})`).join("; ")}.` : "";
      setMessage({ ok: true, text: `Imported ${result.created} claim${result.created === 1 ? "" : "s"}; ${result.alreadyPresent} already marked.${skipped}` });
      if (result.created > 0) onImported();
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : "Nothing was imported." });
    }
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
          <FileButton label="Import annotations…" className="button button--small" accept=".json,.jsonld,application/json,application/ld+json" onFile={(file) => void importFile(file)} />
        )}
      </div>
      {message && (
        <p className={`notice ${message.ok ? "notice--info" : "notice--error"}`} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
