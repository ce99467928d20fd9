"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import { IMPORTABLE_ACCEPT } from "@/lib/document/importable-files";
import type { ArticleDto } from "@/lib/dto";

export function ImportArticleForm() {
  const router = useRouter();
  const { pending, message, run } = useFormAction("The file could not be imported.");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const article = await run(() => apiFetch<ArticleDto>("/api/articles/import", { method: "POST", raw: { body: form } }));
    if (article) router.push(`/articles/${article.id}`);
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Import a file">
      <FormMessage message={message} alertOnError />
      <label className="field">
        <span className="field__label">File</span>
        <input className="input" type="file" name="file" required accept={IMPORTABLE_ACCEPT} />
      </label>
      <label className="field">
        <span className="field__label">Title (optional: the file name is used otherwise)</span>
        <input className="input" name="title" maxLength={300} />
      </label>
      <div className="form__actions">
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import file"}
        </button>
      </div>
    </form>
  );
}
