"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import type { ArticleDto } from "@/lib/dto";
import { formText } from "@/lib/forms/form-text";

export function NewArticleForm() {
  const router = useRouter();
  const { pending, message, run } = useFormAction("The article could not be created.");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { title: formText(form, "title"), format: formText(form, "format") || "text", content: formText(form, "content") };
    const article = await run(() => apiFetch<ArticleDto>("/api/articles", { method: "POST", body }));
    if (article) router.push(`/articles/${article.id}`);
  }

  return (
    <form className="form" onSubmit={submit}>
      <FormMessage message={message} alertOnError />
      <label className="field">
        <span className="field__label">Title</span>
        <input className="input" name="title" required maxLength={300} autoFocus />
      </label>
      <fieldset className="field">
        <legend className="field__label">Format</legend>
        <div className="segmented">
          <label>
            <input type="radio" name="format" value="text" defaultChecked /> Plain text
          </label>
          <label>
            <input type="radio" name="format" value="markdown" /> Markdown
          </label>
        </div>
      </fieldset>
      <label className="field">
        <span className="field__label">Body</span>
        <textarea className="input input--body" name="content" required rows={18} />
      </label>
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create article"}
        </button>
      </div>
    </form>
  );
}
