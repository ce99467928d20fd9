"use client";
import { useState } from "react";
import { SOURCE_KINDS, SOURCE_KIND_LABELS, type SourceKind } from "@/lib/claims/vocabulary";
import type { SourceDto } from "@/lib/dto";
import { formText } from "@/lib/forms/form-text";

export type SourceFields = Pick<SourceDto, "kind" | "confidential" | "contact" | "url" | "title" | "publisher" | "excerpt" | "accessedAt">;

type Props = {
  initial?: SourceDto;
  submitLabel: string;
  /** Put the cursor in the URL field at once (opened from the keyboard). */
  autoFocus?: boolean;
  onSubmit: (fields: SourceFields) => Promise<boolean>;
  onCancel?: () => void;
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function SourceForm({ initial, submitLabel, autoFocus = false, onSubmit, onCancel }: Props) {
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    const kind = formText(form, "kind");
    const saved = await onSubmit({
      kind: SOURCE_KINDS.includes(kind as SourceKind) ? (kind as SourceKind) : "web",
      confidential: form.get("confidential") === "on",
      contact: formText(form, "contact").trim(),
      url: formText(form, "url").trim(),
      title: formText(form, "title"),
      publisher: formText(form, "publisher"),
      excerpt: formText(form, "excerpt"),
      accessedAt: formText(form, "accessedAt") || null,
    });
    setPending(false);
    if (saved && !initial) formElement.reset();
  }

  return (
    <form className="source-form" onSubmit={submit} aria-label={initial ? "Edit source" : "Add a source"}>
      <div className="field-row">
        <label className="field field--compact">
          <span className="field__label">Kind</span>
          <select className="input" name="kind" defaultValue={initial?.kind ?? "web"}>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SOURCE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--compact">
          <span className="field__label">URL (if any)</span>
          <input className="input" name="url" type="url" placeholder="https://" defaultValue={initial?.url} autoFocus={autoFocus} />
        </label>
      </div>
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
      <div className="field-row">
        <label className="field field--compact field--date">
          <span className="field__label">Accessed on</span>
          <input className="input" name="accessedAt" type="date" defaultValue={initial ? (initial.accessedAt ?? "") : today()} />
        </label>
        <label className="field field--compact">
          <span className="field__label">Contact (never exported)</span>
          <input className="input" name="contact" maxLength={1000} placeholder="Phone, e-mail…" defaultValue={initial?.contact} />
        </label>
      </div>
      <label className="checkbox-field">
        <input type="checkbox" name="confidential" defaultChecked={initial?.confidential ?? false} />
        <span>
          Confidential: reports show only that this source exists and its kind <span className="muted">(for people who spoke on background)</span>
        </span>
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
