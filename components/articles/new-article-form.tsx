"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/lib/client/api";
import type { ArticleDto } from "@/lib/dto";

export function NewArticleForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const article = await apiFetch<ArticleDto>("/api/articles", {
        method: "POST",
        body: { title: String(form.get("title") ?? ""), format: String(form.get("format") ?? "text"), content: String(form.get("content") ?? "") },
      });
      router.push(`/articles/${article.id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The article could not be created.");
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={submit}>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
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
