"use client";
import { useMemo, useState } from "react";
import { DiffView } from "@/components/ui/diff-view";
import { diffWords } from "@/lib/document/text-diff";
import type { ArticleDto } from "@/lib/dto";

type Props = { latest: ArticleDto; mine: string; onClose: () => void };

/**
 * Shown when a save was refused because someone else saved first. Both texts stay available:
 * the differences from their version to the unsaved one, and the unsaved text to copy.
 */
export function SaveConflict({ latest, mine, onClose }: Props) {
  const parts = useMemo(() => diffWords(latest.text, mine), [latest.text, mine]);
  const [copied, setCopied] = useState(false);
  return (
    <section className="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-help">
      <h2 id="conflict-title" className="conflict__title">
        {latest.updatedBy.name} saved version {latest.version} while you were editing
      </h2>
      <p id="conflict-help" className="conflict__help">
        Your changes were not saved and are still in the editor. Below, <del className="diff__removed">struck text</del> is only in their version and{" "}
        <ins className="diff__added">underlined text</ins> only in yours. Copy your text, load their version, then apply your change to it.
      </p>
      <DiffView parts={parts} label={`Differences between version ${latest.version} and your unsaved text`} />
      <div className="form__actions">
        <button
          type="button"
          className="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(mine).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy your text"}
        </button>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Load version {latest.version}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          Keep editing
        </button>
      </div>
    </section>
  );
}
