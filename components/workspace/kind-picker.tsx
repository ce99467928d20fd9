"use client";
import { useEffect, useRef } from "react";
import { CLAIM_KINDS, KIND_LABELS, type ClaimKind } from "@/lib/claims/vocabulary";

type Props = { quote: string; onPick: (kind: ClaimKind) => void; onCancel: () => void; busy: boolean };

/** Chooses the kind of a new claim; keys 1–9 pick, Escape cancels. */
export function KindPicker({ quote, onPick, onCancel, busy }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
      return;
    }
    const kind = CLAIM_KINDS[Number(event.key) - 1];
    if (/^[1-9]$/.test(event.key) && kind) {
      event.preventDefault();
      onPick(kind);
    }
  }

  return (
    <div className="kind-picker" role="dialog" aria-modal="false" aria-labelledby="kind-picker-title" onKeyDown={onKeyDown}>
      <div className="kind-picker__header">
        <h2 id="kind-picker-title" className="kind-picker__title">
          What kind of claim is this?
        </h2>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
      <p className="kind-picker__quote">“{quote.length > 160 ? `${quote.slice(0, 157)}…` : quote}”</p>
      <div className="kind-picker__options">
        {CLAIM_KINDS.map((kind, index) => (
          <button key={kind} ref={index === 0 ? first : undefined} type="button" className="button kind-option" disabled={busy} onClick={() => onPick(kind)}>
            <kbd>{index + 1}</kbd> {KIND_LABELS[kind]}
          </button>
        ))}
      </div>
    </div>
  );
}
