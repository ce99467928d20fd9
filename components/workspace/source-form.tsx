"use client";
import { useState } from "react";
import type { SourceDto } from "@/lib/dto";

export type SourceFields = { url: string; title: string; publisher: string; excerpt: string; accessedAt: string | null };

type Props = {
  initial?: SourceDto;
  submitLabel: string;
  onSubmit: (fields: SourceFields) => Promise<boolean>;
  onCancel?: () => void;
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function SourceForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    const saved = await onSubmit({
      url: String(form.get("url") ?? "").trim(),
      title: String(form.get("title") ?? ""),
      publisher: String(form.get("publisher") ?? ""),
      excerpt: String(form.get("excerpt") ?? ""),
      accessedAt: String(form.get("accessedAt") ?? "") || null,
    });
    setPending(false);
    if (saved && !initial) formElement.reset();
  }

  return (
    <form className="source-form" onSubmit={submit} aria-label={initial ? "Edit source" : "Add a source"}>
      <label className="field field--compact">
        <span className="field__label">URL</span>
        <input className="input" name="url" type="url" required placeholder="https://" defaultValue={initial?.url} />
      </label>
      <div className="field-row">
        <label className="field field--compact">
          <span className="field__label">Title</span>
          <input className="input" name="title" maxLength={500} defaultValue={initial?.title} />
        </label>
        <label className="field field--compact">
          <span className="field__label">Publisher</span>
          <input className="input" name="publisher" maxLength={300} defaultValue={initial?.publisher} />
        </label>
      </div>
      <label className="field field--compact">
        <span className="field__label">Excerpt that supports or refutes the claim</span>
        <textarea className="input" name="excerpt" rows={3} defaultValue={initial?.excerpt} />
      </label>
      <label className="field field--compact field--date">
        <span className="field__label">Accessed on</span>
        <input className="input" name="accessedAt" type="date" defaultValue={initial ? (initial.accessedAt ?? "") : today()} />
      </label>
      <div className="form__actions">
        <button className="button button--primary button--small" type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        {onCancel && (
          <button className="button button--ghost button--small" type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
