"use client";
import { useImperativeHandle, useRef, useState, type Ref } from "react";
import { SOURCE_KIND_LABELS } from "@/lib/claims/vocabulary";
import type { SourceDto } from "@/lib/dto";
import { SourceEvidence } from "./source-evidence";
import { SourceForm, type SourceFields } from "./source-form";

/** What the workspace's S shortcut calls: the add form for those who may add, else the first source. */
export type SourceListHandle = { open: () => void };

type Props = {
  sources: SourceDto[];
  canWrite: boolean;
  handleRef?: Ref<SourceListHandle>;
  onAdd: (fields: SourceFields) => Promise<boolean>;
  onUpdate: (source: SourceDto, fields: SourceFields) => Promise<boolean>;
  onRemove: (source: SourceDto) => Promise<boolean>;
  /** Admins delete evidence files. */
  canDeleteEvidence?: boolean;
  /** Reads the claim again after an evidence file was added or deleted. */
  onEvidenceChanged?: () => Promise<unknown>;
};

export function SourceList({ sources, canWrite, handleRef, onAdd, onUpdate, onRemove, canDeleteEvidence = false, onEvidenceChanged = async () => {} }: Props) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState<false | "clicked" | "keyboard">(false);
  const section = useRef<HTMLElement>(null);
  useImperativeHandle(
    handleRef,
    () => ({
      open: () => {
        section.current?.scrollIntoView({ block: "center" });
        if (canWrite) setAdding("keyboard");
        else section.current?.querySelector<HTMLElement>("a.source__title")?.focus();
      },
    }),
    [canWrite],
  );

  return (
    <section className="detail-section" aria-labelledby="sources-heading" ref={section}>
      <div className="detail-section__header">
        <h3 id="sources-heading" className="detail-section__title">
          Sources <span className="count">{sources.length}</span>
        </h3>
        {canWrite && !adding && (
          <button type="button" className="button button--small" onClick={() => setAdding("clicked")}>
            Add source
          </button>
        )}
      </div>
      {sources.length === 0 && !adding && <p className="muted">No sources yet.</p>}
      <ul className="source-list">
        {sources.map((source) =>
          editingId === source.id ? (
            <li key={source.id} className="source">
              <SourceForm
                initial={source}
                submitLabel="Save source"
                onCancel={() => setEditingId(null)}
                onSubmit={async (fields) => {
                  const saved = await onUpdate(source, fields);
                  if (saved) setEditingId(null);
                  return saved;
                }}
              />
            </li>
          ) : (
            <li key={source.id} className="source" data-source-id={source.id}>
              {source.confidential && <span className="flag flag--confidential">Confidential</span>}
              {source.detailsHidden ? (
                <span className="source__title">
                  {SOURCE_KIND_LABELS[source.kind]} source <span className="muted small">(details for editors and the people checking this claim)</span>
                </span>
              ) : source.url ? (
                <a className="source__title" href={source.url} target="_blank" rel="noopener noreferrer nofollow">
                  {source.title || source.url}
                </a>
              ) : (
                <span className="source__title">{source.title}</span>
              )}
              <div className="source__meta">
                {[SOURCE_KIND_LABELS[source.kind], source.publisher, source.accessedAt && `accessed ${source.accessedAt}`, `added by ${source.addedBy.name}`]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
              {source.contact && <div className="source__meta">Contact: {source.contact}</div>}
              {source.excerpt && <blockquote className="source__excerpt">{source.excerpt}</blockquote>}
              <SourceEvidence source={source} canUpload={canWrite} canDelete={canDeleteEvidence} onChanged={onEvidenceChanged} />
              {canWrite && !source.detailsHidden && (
                <div className="source__actions">
                  <button type="button" className="button button--ghost button--small" onClick={() => setEditingId(source.id)}>
                    Edit
                  </button>
                  {source.evidence.length > 0 && !canDeleteEvidence ? (
                    <span className="muted small">Holds evidence: only an admin may remove it.</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--ghost button--small button--danger"
                      onClick={() => {
                        const files = source.evidence.length === 0 ? "" : ` and its ${source.evidence.length === 1 ? "evidence file" : `${source.evidence.length} evidence files`}`;
                        if (window.confirm(`Remove the source “${source.title || source.url}”${files}?`)) void onRemove(source);
                      }}
                    >
                      Remove
                    </button>
                  )}
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {adding && (
        <SourceForm
          submitLabel="Add source"
          autoFocus={adding === "keyboard"}
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            const saved = await onAdd(fields);
            if (saved) setAdding(false);
            return saved;
          }}
        />
      )}
    </section>
  );
}
