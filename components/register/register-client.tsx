"use client";
import { useState } from "react";
import { FileButton } from "@/components/ui/file-button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import type { RegisterEntryDto } from "@/lib/dto";
import { formText } from "@/lib/forms/form-text";

type Props = { initialEntries: RegisterEntryDto[]; query: string; canWrite: boolean };

export function RegisterClient({ initialEntries, query, canWrite }: Props) {
  const [entries, setEntries] = useState(initialEntries);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { message, setMessage, run } = useFormAction("The import failed.");

  async function importCsv(file: File) {
    await run(
      async () => {
        const counts = await apiFetch<{ format: "register" | "wikidata"; created: number; updated: number }>("/api/register/import", {
          method: "POST",
          raw: { body: await file.text(), contentType: "text/csv" },
        });
        setEntries((await apiFetch<{ entries: RegisterEntryDto[] }>(`/api/register${query ? `?q=${encodeURIComponent(query)}` : ""}`)).entries);
        return counts;
      },
      (counts) => `Imported ${file.name}${counts.format === "wikidata" ? " (Wikidata)" : ""}: ${counts.created} new, ${counts.updated} updated.`,
    );
  }

  return (
    <>
      <div className="register-toolbar">
        <form className="register-search" role="search" action="/register">
          <label className="field field--compact">
            <span className="field__label">Find a name (spelling need not be exact)</span>
            <input className="input" name="q" defaultValue={query} placeholder="Ana Lima" />
          </label>
          <button className="button" type="submit">
            Search
          </button>
        </form>
        <div className="register-toolbar__actions">
          <a className="button" href="/api/register?format=csv" download>
            Export CSV
          </a>
          {canWrite && <FileButton label="Import CSV…" accept=".csv,text/csv" onFile={(file) => void importCsv(file)} />}
          {canWrite && !adding && (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              Add an entry
            </button>
          )}
        </div>
      </div>
      <FormMessage message={message} />
      {adding && (
        <EntryForm
          submitLabel="Add to register"
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            const entry = await apiFetch<RegisterEntryDto>("/api/register", { method: "POST", body: fields });
            setEntries((current) => [entry, ...current]);
            setAdding(false);
            setMessage({ ok: true, text: `${entry.name} was added.` });
          }}
        />
      )}
      {entries.length === 0 ? (
        <p className="muted">{query ? `Nothing in the register is like “${query}”.` : "The register is empty. Add the people your desk has verified, or import a CSV."}</p>
      ) : (
        <ul className="register-list">
          {entries.map((entry) =>
            editingId === entry.id ? (
              <li key={entry.id} className="register-entry">
                <EntryForm
                  initial={entry}
                  submitLabel="Save entry"
                  onCancel={() => setEditingId(null)}
                  onSubmit={async (fields) => {
                    const saved = await apiFetch<RegisterEntryDto>(`/api/register/${entry.id}`, { method: "PATCH", body: { ...fields, version: entry.version } });
                    setEntries((current) => current.map((item) => (item.id === saved.id ? saved : item)));
                    setEditingId(null);
                  }}
                />
              </li>
            ) : (
              <li key={entry.id} className="register-entry" data-register-entry={entry.id}>
                <div className="register-entry__header">
                  <h2 className="register-entry__name">{entry.name}</h2>
                  <span className="muted small">{entry.kind}</span>
                </div>
                {entry.variants.length > 0 && <p className="small">Also written: {entry.variants.join(", ")}</p>}
                {entry.titles.length > 0 && (
                  <ul className="register-entry__titles">
                    {entry.titles.map((title, index) => (
                      <li key={index}>
                        <strong>{title.title}</strong>
                        {title.jurisdiction && <span> ({title.jurisdiction})</span>} <span className="muted">{describeDates(title.from, title.to)}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {entry.sources.length > 0 && (
                  <ul className="register-entry__sources small">
                    {entry.sources.map((source, index) => (
                      <li key={index}>
                        <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
                          {source.title || source.url}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                {entry.notes && <p className="small">{entry.notes}</p>}
                <p className="muted small">
                  Verified by {entry.verifiedBy.name}, {entry.updatedAt.slice(0, 10)}
                </p>
                {canWrite && (
                  <div className="form__actions">
                    <button type="button" className="button button--small" onClick={() => setEditingId(entry.id)}>
                      Edit
                    </button>
                    <MergeControl
                      entry={entry}
                      others={entries.filter((other) => other.id !== entry.id)}
                      onMerged={(merged, otherId) => {
                        setEntries((current) => current.filter((item) => item.id !== otherId).map((item) => (item.id === merged.id ? merged : item)));
                        setMessage({ ok: true, text: `Merged into ${merged.name}.` });
                      }}
                    />
                    <button
                      type="button"
                      className="button button--small button--ghost button--danger"
                      onClick={async () => {
                        if (!window.confirm(`Remove ${entry.name} from the register?`)) return;
                        try {
                          await apiFetch(`/api/register/${entry.id}`, { method: "DELETE" });
                          setEntries((current) => current.filter((item) => item.id !== entry.id));
                        } catch (error) {
                          setMessage({ ok: false, text: error instanceof Error ? error.message : "The entry was not removed." });
                        }
                      }}
                    >
                      Remove
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </>
  );
}

function describeDates(from: string | null, to: string | null): string {
  if (from && to) return `${from} – ${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return "";
}

/** Merges another entry (chosen among those listed) into this one, after confirmation. */
function MergeControl({ entry, others, onMerged }: { entry: RegisterEntryDto; others: RegisterEntryDto[]; onMerged: (merged: RegisterEntryDto, otherId: string) => void }) {
  const [open, setOpen] = useState(false);
  const { pending, message, run } = useFormAction("The entries were not merged.");
  if (others.length === 0) return null;
  if (!open)
    return (
      <button type="button" className="button button--small button--ghost" onClick={() => setOpen(true)}>
        Merge…
      </button>
    );

  async function merge(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const other = others.find((item) => item.id === formText(new FormData(event.currentTarget), "otherId"));
    if (!other || !window.confirm(`Merge ${other.name} into ${entry.name}? ${other.name} becomes a variant here and its entry is removed.`)) return;
    const merged = await run(() =>
      apiFetch<RegisterEntryDto>(`/api/register/${entry.id}/merge`, { method: "POST", body: { otherId: other.id, version: entry.version, otherVersion: other.version } }),
    );
    if (merged) onMerged(merged, other.id);
  }

  return (
    <form className="register-merge" onSubmit={merge} aria-label={`Merge another entry into ${entry.name}`}>
      <label className="field field--compact">
        <span className="field__label">Merge into {entry.name}</span>
        <select className="input" name="otherId" required defaultValue="">
          <option value="" disabled>
            Choose the duplicate…
          </option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--small" disabled={pending}>
        Merge
      </button>
      <button type="button" className="button button--small button--ghost" onClick={() => setOpen(false)}>
        Cancel
      </button>
      <FormMessage message={message} />
    </form>
  );
}

type EntryFields = {
  name: string;
  kind: "person" | "organization";
  variants: string[];
  titles: Array<{ title: string; from: string | null; to: string | null; jurisdiction: string }>;
  sources: Array<{ url: string; title: string }>;
  notes: string;
};

const lines = (value: string) =>
  value
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** Lists are edited one item per line, in the same shape as the CSV: "title | from | to", "url | title". */
function EntryForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: RegisterEntryDto;
  submitLabel: string;
  onSubmit: (fields: EntryFields) => Promise<void>;
  onCancel: () => void;
}) {
  const { pending, message, run } = useFormAction("The entry was not saved.");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields: EntryFields = {
      name: formText(form, "name").trim(),
      kind: form.get("kind") === "organization" ? "organization" : "person",
      variants: lines(formText(form, "variants")),
      titles: lines(formText(form, "titles")).map((line) => {
        const [title = "", from = "", to = "", jurisdiction = ""] = line.split("|").map((part) => part.trim());
        return { title, from: from || null, to: to || null, jurisdiction };
      }),
      sources: lines(formText(form, "sources")).map((line) => {
        const [url = "", ...title] = line.split("|").map((part) => part.trim());
        return { url, title: title.join(" | ") };
      }),
      notes: formText(form, "notes"),
    };
    await run(() => onSubmit(fields));
  }

  return (
    <form className="register-form" onSubmit={submit} aria-label={initial ? `Edit ${initial.name}` : "Add a register entry"}>
      <FormMessage message={message} />
      <div className="field-row">
        <label className="field field--compact">
          <span className="field__label">Name as the desk writes it</span>
          <input className="input" name="name" required maxLength={200} defaultValue={initial?.name} />
        </label>
        <label className="field field--compact">
          <span className="field__label">Kind</span>
          <select className="input" name="kind" defaultValue={initial?.kind ?? "person"}>
            <option value="person">Person</option>
            <option value="organization">Organization</option>
          </select>
        </label>
      </div>
      <label className="field field--compact">
        <span className="field__label">Other spellings and transliterations (one per line)</span>
        <textarea className="input" name="variants" rows={2} defaultValue={initial?.variants.join("\n")} />
      </label>
      <label className="field field--compact">
        <span className="field__label">Titles, one per line: title | from | to | country or organization (dates YYYY, YYYY-MM or YYYY-MM-DD; leave “to” empty while held)</span>
        <textarea
          className="input"
          name="titles"
          rows={3}
          placeholder="Foreign Minister | 2021-03 | 2024-06 | Portugal"
          defaultValue={initial?.titles.map((title) => [title.title, title.from ?? "", title.to ?? "", ...(title.jurisdiction ? [title.jurisdiction] : [])].join(" | ")).join("\n")}
        />
      </label>
      <label className="field field--compact">
        <span className="field__label">Sources, one per line: address | title</span>
        <textarea
          className="input"
          name="sources"
          rows={2}
          placeholder="https://gov.example/cabinet | Cabinet list"
          defaultValue={initial?.sources.map((source) => [source.url, source.title].filter(Boolean).join(" | ")).join("\n")}
        />
      </label>
      <label className="field field--compact">
        <span className="field__label">Notes</span>
        <textarea className="input" name="notes" rows={2} defaultValue={initial?.notes} />
      </label>
      <div className="form__actions">
        <button className="button button--primary button--small" type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        <button className="button button--ghost button--small" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
