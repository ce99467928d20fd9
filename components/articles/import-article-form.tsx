"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ArticleDto } from "@/lib/dto";

export function ImportArticleForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/articles/import", { method: "POST", body: new FormData(event.currentTarget) });
      const payload = await response.json().catch(() => null);
      if (!response.ok) throw new Error(payload?.error ?? `The import failed (${response.status}).`);
      router.push(`/articles/${(payload as ArticleDto).id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The file could not be imported.");
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Import a file">
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <label className="field">
        <span className="field__label">File</span>
        <input className="input" type="file" name="file" required accept=".docx,.md,.markdown,.txt,.html,.htm" />
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
