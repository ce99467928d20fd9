"use client";
import { useState } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { apiFetch } from "@/lib/client/api";
import type { ClaimDto, ProposalDto } from "@/lib/dto";

type Props = {
  claim: ClaimDto;
  /** May propose (checkers, editors, admins). */
  canPropose: boolean;
  /** May accept or reject (editors, admins). */
  canDecide: boolean;
  /** The article has unsaved edits here: accepting would save another version under them. */
  textDirty: boolean;
  /** The claim's proposals changed (one added, accepted or rejected). */
  onChanged: () => Promise<unknown>;
  /** An accepted proposal saved a new version of the text. */
  onTextChanged: () => Promise<unknown>;
};

/**
 * Suggesting mode: a checker proposes the words that should stand in place of the claim's
 * ("Mark" → "Marco"); an editor accepts (the text changes as a new version) or rejects.
 */
export function ClaimProposals({ claim, canPropose, canDecide, textDirty, onChanged, onTextChanged }: Props) {
  const [proposing, setProposing] = useState(false);
  const [replacement, setReplacement] = useState(claim.quote);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const attached = claim.anchorState !== "orphaned";
  if (claim.proposals.length === 0 && !(canPropose && attached)) return null;

  async function run(action: () => Promise<unknown>, after: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      await after();
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      await onChanged();
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function propose() {
    const done = await run(() => apiFetch(`/api/claims/${claim.id}/proposals`, { method: "POST", body: { replacement, note: note.trim() || undefined } }), onChanged);
    if (done) {
      setProposing(false);
      setNote("");
    }
  }

  const decide = (proposal: ProposalDto, verdict: "accept" | "reject", decisionNote: string) =>
    run(
      () => apiFetch(`/api/proposals/${proposal.id}/${verdict}`, { method: "POST", body: decisionNote.trim() ? { note: decisionNote.trim() } : {} }),
      verdict === "accept" ? () => Promise.all([onTextChanged(), onChanged()]) : onChanged,
    );

  return (
    <section className="detail-section" aria-labelledby="proposals-heading">
      <div className="detail-section__header">
        <h3 id="proposals-heading" className="detail-section__title">
          Proposed changes{claim.proposals.length > 0 ? ` (${claim.proposals.length})` : ""}
        </h3>
        {canPropose && attached && !proposing && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setReplacement(claim.quote);
              setProposing(true);
            }}
          >
            Propose a fix
          </button>
        )}
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {claim.proposals.length > 0 && (
        <ul className="proposals">
          {claim.proposals.map((proposal) => (
            <ProposalItem key={proposal.id} proposal={proposal} canDecide={canDecide} busy={busy} textDirty={textDirty} onDecide={decide} />
          ))}
        </ul>
      )}
      {proposing && (
        <form
          className="proposal-form"
          onSubmit={(event) => {
            event.preventDefault();
            void propose();
          }}
        >
          <label className="field field--compact">
            <span className="field__label">Replace “{claim.quote}” with</span>
            <input className="input" value={replacement} maxLength={2000} autoFocus onChange={(event) => setReplacement(event.target.value.replace(/[\r\n]+/g, " "))} />
          </label>
          <label className="field field--compact">
            <span className="field__label">Why (optional)</span>
            <textarea className="input" rows={2} value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
          </label>
          <div className="form__actions">
            <button type="submit" className="button button--small button--primary" disabled={busy || replacement.trim() === "" || replacement === claim.quote}>
              Propose change
            </button>
            <button type="button" className="button button--small button--ghost" onClick={() => setProposing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

type ItemProps = {
  proposal: ProposalDto;
  canDecide: boolean;
  busy: boolean;
  textDirty: boolean;
  onDecide: (proposal: ProposalDto, verdict: "accept" | "reject", note: string) => Promise<boolean>;
};

function ProposalItem({ proposal, canDecide, busy, textDirty, onDecide }: ItemProps) {
  const [note, setNote] = useState("");
  return (
    <li className="proposal" data-proposal={proposal.id}>
      <p className="proposal__change">
        <del className="diff__removed">{proposal.quote}</del> → <ins className="diff__added">{proposal.replacement}</ins>
      </p>
      {proposal.note && <p className="proposal__note">{proposal.note}</p>}
      <p className="muted small">
        Proposed by {proposal.proposedBy.name} · <Timestamp iso={proposal.createdAt} />
      </p>
      {!proposal.applies && <p className="notice notice--info small">No longer applies: the claim’s words changed since it was proposed. Reject it, or propose again.</p>}
      {canDecide && (
        <>
          <label className="field field--compact">
            <span className="field__label">Note to {proposal.proposedBy.name} (optional)</span>
            <input className="input" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
          </label>
          <div className="form__actions">
            <button
              type="button"
              className="button button--small button--primary"
              disabled={busy || !proposal.applies || textDirty}
              title={textDirty ? "Save or discard your edits to the text first" : undefined}
              onClick={() => void onDecide(proposal, "accept", note)}
            >
              Accept change
            </button>
            <button type="button" className="button button--small" disabled={busy} onClick={() => void onDecide(proposal, "reject", note)}>
              Reject
            </button>
          </div>
          {textDirty && proposal.applies && <p className="muted small">Save or discard your edits to the text before accepting.</p>}
        </>
      )}
    </li>
  );
}
