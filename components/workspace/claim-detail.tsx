"use client";
import { KindOptions, PeopleOptions } from "@/components/claims/vocabulary-options";
import { useState, type Ref } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { CLAIM_STATUSES, DECIDABLE_STATUSES, DECISION_LABELS, EDITOR_DECISIONS, STATUS_DISPLAY, type ClaimKind, type EditorDecision } from "@/lib/claims/vocabulary";
import type { ClaimDto, SourceDto, UserDto } from "@/lib/dto";
import type { TClaimChange } from "@/lib/validation/claim";
import { can, type Role } from "@/lib/permissions";
import { AddToRegister } from "./add-to-register";
import { ChangedNotice, useDraft } from "./use-draft";
import { ClaimDiscussion } from "./claim-discussion";
import { ClaimHistory } from "./claim-history";
import { ClaimProposals } from "./claim-proposals";
import { ClaimSeenBefore } from "./claim-seen-before";
import type { SourceFields } from "./source-form";
import { SourceList, type SourceListHandle } from "./source-list";

type Props = {
  claim: ClaimDto;
  /** Who last changed the claim (from the live stream), for "changed by X" notices. */
  changedBy: string | null;
  /** People a claim can be assigned to. */
  checkers: UserDto[];
  /** Everyone on the desk, for @mentions. */
  people: UserDto[];
  actor: { id: string; role: Role };
  onLocalChange: (change: Partial<ClaimDto>) => void;
  /** Lets the workspace's S shortcut open the sources. */
  sourcesRef: Ref<SourceListHandle>;
  onPatch: (patch: TClaimChange) => Promise<boolean>;
  onDelete: () => Promise<void>;
  /** Re-attaches the claim to the words selected in the article. */
  onReattach: () => Promise<void>;
  onAddSource: (fields: SourceFields) => Promise<boolean>;
  onUpdateSource: (source: SourceDto, fields: SourceFields) => Promise<boolean>;
  onRemoveSource: (source: SourceDto) => Promise<boolean>;
  /** The article has unsaved edits in this tab. */
  textDirty: boolean;
  /** Reads the claims again (after a proposal was made or decided). */
  onRefresh: () => Promise<unknown>;
  /** Loads the article's latest text (after an accepted proposal changed it). */
  onTextChanged: () => Promise<unknown>;
};

export function ClaimDetail({
  claim,
  changedBy,
  checkers,
  people,
  actor,
  onLocalChange,
  sourcesRef,
  onPatch,
  onDelete,
  onReattach,
  onAddSource,
  onUpdateSource,
  onRemoveSource,
  textDirty,
  onRefresh,
  onTextChanged,
}: Props) {
  const canWrite = can(actor.role, "claim:write");
  const canDecide = can(actor.role, "claim:decide");
  const noteDraft = useDraft(claim.note);
  const note = noteDraft.value;
  const [saving, setSaving] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const noteChanged = note !== claim.note;

  async function patch(change: TClaimChange) {
    setSaving(true);
    await onPatch(change);
    setSaving(false);
  }

  return (
    <article className="claim-detail" aria-labelledby="claim-detail-title">
      <h2 id="claim-detail-title" className="visually-hidden">
        Selected claim
      </h2>
      <blockquote className="claim-detail__quote">{claim.quote}</blockquote>

      {claim.anchorState === "orphaned" && (
        <section className="change-notice change-notice--orphaned" aria-label="Orphaned claim">
          <p>
            <strong>Orphaned:</strong> these words are no longer in the article. The claim keeps its status, note and sources.
          </p>
          {canWrite && (
            <div className="form__actions">
              <button type="button" className="button button--small" onMouseDown={(event) => event.preventDefault()} onClick={() => void onReattach()}>
                Re-attach to selected text
              </button>
            </div>
          )}
        </section>
      )}
      {claim.anchorState !== "orphaned" && claim.previousQuote !== null && (
        <section className={`change-notice${claim.needsRecheck ? " change-notice--recheck" : ""}`} aria-label={claim.needsRecheck ? "Changed since checked" : "Text changed"}>
          <p>
            <strong>{claim.needsRecheck ? "Changed since checked." : "Text changed."}</strong>{" "}
            {claim.needsRecheck ? "The verdict was reached on the earlier text; confirm it still holds or set a new status." : "The words of this claim were edited."}
          </p>
          <QuoteCompare before={["Before", claim.previousQuote]} after={["Now", claim.quote]} />
          {canWrite && claim.needsRecheck && (
            <div className="form__actions">
              <button type="button" className="button button--small button--primary" disabled={saving} onClick={() => void patch({ needsRecheck: false })}>
                Confirm: {STATUS_DISPLAY[claim.status].label} still holds
              </button>
            </div>
          )}
        </section>
      )}

      {claim.correctedQuote !== null && claim.correctedStatus !== null && claim.previousQuote === null && (
        <section className="change-notice" aria-label="Corrected">
          <p>
            <strong>Corrected.</strong> Judged {STATUS_DISPLAY[claim.correctedStatus].label.toLowerCase()} on the earlier words, verified after the text was fixed; the corrections
            memo lists it until sign-off.
          </p>
          <QuoteCompare before={["As judged", claim.correctedQuote]} after={["Corrected to", claim.quote]} />
        </section>
      )}

      <section className="detail-section" aria-labelledby="status-heading">
        <h3 id="status-heading" className="detail-section__title">
          Status
        </h3>
        <div className={`status-picker${canWrite ? "" : " status-picker--read-only"}`} role="radiogroup" aria-labelledby="status-heading" aria-readonly={!canWrite || undefined}>
          {CLAIM_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              role="radio"
              aria-checked={claim.status === status}
              className={`status-option status-option--${status}`}
              disabled={!canWrite || saving}
              onClick={() => status !== claim.status && void patch({ status })}
            >
              <span aria-hidden="true">{STATUS_DISPLAY[status].symbol}</span> {STATUS_DISPLAY[status].label}
            </button>
          ))}
        </div>
        <p className="muted small">
          {claim.statusChangedBy && claim.statusChangedAt ? (
            <>
              Set by {claim.statusChangedBy.name} · <Timestamp iso={claim.statusChangedAt} />
            </>
          ) : (
            "Not checked yet."
          )}
        </p>
      </section>

      <ClaimProposals claim={claim} canPropose={canWrite} canDecide={canDecide} textDirty={textDirty} onChanged={onRefresh} onTextChanged={onTextChanged} />

      <section className="detail-section detail-section--row">
        <label className="field field--compact">
          <span className="detail-section__title">Assigned to</span>
          <select className="input" value={claim.assigneeId ?? ""} disabled={!canWrite || saving} onChange={(event) => void patch({ assigneeId: event.target.value || null })}>
            <option value="">Nobody</option>
            <PeopleOptions people={checkers} withRole />
          </select>
        </label>
        <label className="field field--compact">
          <span className="detail-section__title">Kind</span>
          <select className="input" value={claim.kind} disabled={!canWrite || saving} onChange={(event) => void patch({ kind: event.target.value as ClaimKind })}>
            <KindOptions />
          </select>
        </label>
      </section>

      {claim.hint && (
        <p className="notice notice--info claim-detail__hint" data-hint>
          {claim.hint}
        </p>
      )}

      <section className="detail-section">
        <label className="field field--compact">
          <span className="detail-section__title">Checker’s note</span>
          <textarea
            className="input"
            rows={4}
            value={note}
            readOnly={!canWrite}
            placeholder={canWrite ? "What was checked, against what, and what remains open." : "No note."}
            onChange={(event) => noteDraft.set(event.target.value)}
          />
        </label>
        {noteDraft.theirs && <ChangedNotice who={changedBy} theirs={noteDraft.theirs.value} onKeep={noteDraft.keepMine} onTake={noteDraft.takeTheirs} />}
        {canWrite && (
          <div className="form__actions">
            <button type="button" className="button button--small button--primary" disabled={!noteChanged || saving} onClick={() => void patch({ note })}>
              Save note
            </button>
            {noteChanged && (
              <button type="button" className="button button--small button--ghost" onClick={() => noteDraft.set(claim.note)}>
                Discard changes
              </button>
            )}
          </div>
        )}
      </section>

      {(DECIDABLE_STATUSES.includes(claim.status) || claim.decision) && <DecisionSection claim={claim} changedBy={changedBy} canDecide={canDecide} onPatch={onPatch} />}

      <SourceList
        sources={claim.sources}
        canWrite={can(actor.role, "source:write")}
        handleRef={sourcesRef}
        onAdd={onAddSource}
        onUpdate={onUpdateSource}
        onRemove={onRemoveSource}
        canDeleteEvidence={can(actor.role, "evidence:delete")}
        onEvidenceChanged={onRefresh}
      />

      <ClaimSeenBefore claim={claim} canReuse={can(actor.role, "source:write")} onReused={onRefresh} />

      {claim.status === "verified" && claim.sources.length === 0 && (
        <NoSourceReason key={claim.id} claim={claim} changedBy={changedBy} canWrite={can(actor.role, "claim:write")} onPatch={onPatch} />
      )}

      {(claim.kind === "name" || claim.kind === "title") && claim.status === "verified" && can(actor.role, "register:write") && <AddToRegister claimId={claim.id} />}

      <ClaimDiscussion
        claim={claim}
        people={people}
        actor={actor}
        canWrite={canWrite}
        onThreadChange={onLocalChange}
        onCountChange={(commentCount) => onLocalChange({ commentCount })}
        onAssign={canWrite ? (assigneeId) => void patch({ assigneeId }) : undefined}
      />

      <section className="detail-section" aria-labelledby="history-heading">
        <div className="detail-section__header">
          <h3 id="history-heading" className="detail-section__title">
            History
          </h3>
          <button type="button" className="button button--ghost button--small" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
            {showHistory ? "Hide" : "Show"}
          </button>
        </div>
        {showHistory && <ClaimHistory claimId={claim.id} version={claim.version + claim.sources.length} />}
      </section>

      <footer className="claim-detail__footer">
        <span className="muted small">
          Marked by {claim.createdBy.name} · <Timestamp iso={claim.createdAt} />
        </span>
        {canWrite &&
          (claim.sources.some((source) => source.evidence.length > 0) && !can(actor.role, "evidence:delete") ? (
            <span className="muted small">Its sources hold evidence: only an admin may delete it.</span>
          ) : (
            <button
              type="button"
              className="button button--ghost button--small button--danger"
              onClick={() => {
                if (window.confirm("Delete this claim and its sources (with any evidence files)? Its history is kept.")) void onDelete();
              }}
            >
              Delete claim
            </button>
          ))}
      </footer>
    </article>
  );
}

type SectionProps = { claim: ClaimDto; changedBy: string | null; onPatch: (patch: TClaimChange) => Promise<boolean> };

function DecisionSection({ claim, changedBy, canDecide, onPatch }: SectionProps & { canDecide: boolean }) {
  const decisionDraft = useDraft<EditorDecision | null>(claim.decision);
  const noteDraft = useDraft(claim.decisionNote);
  const decision = decisionDraft.value;
  const note = noteDraft.value;
  const changed = decision !== claim.decision || note !== claim.decisionNote;
  return (
    <section className="detail-section decision" aria-labelledby="decision-heading">
      <h3 id="decision-heading" className="detail-section__title">
        Editor’s decision
      </h3>
      <div className="decision__options" role="radiogroup" aria-labelledby="decision-heading">
        {EDITOR_DECISIONS.map((option) => (
          <label key={option}>
            <input type="radio" name={`decision-${claim.id}`} checked={decision === option} disabled={!canDecide} onChange={() => decisionDraft.set(option)} />{" "}
            {DECISION_LABELS[option]}
          </label>
        ))}
      </div>
      <label className="field field--compact">
        <span className="field__label">Explanation</span>
        <textarea className="input" rows={2} value={note} readOnly={!canDecide} onChange={(event) => noteDraft.set(event.target.value)} />
      </label>
      {(decisionDraft.theirs || noteDraft.theirs) && (
        <ChangedNotice
          who={changedBy}
          theirs={[decisionDraft.theirs && (decisionDraft.theirs.value ? DECISION_LABELS[decisionDraft.theirs.value] : "no decision"), noteDraft.theirs?.value]
            .filter(Boolean)
            .join(": ")}
          onKeep={() => {
            decisionDraft.keepMine();
            noteDraft.keepMine();
          }}
          onTake={() => {
            decisionDraft.takeTheirs();
            noteDraft.takeTheirs();
          }}
        />
      )}
      {canDecide && (
        <div className="form__actions">
          <button type="button" className="button button--small button--primary" disabled={!changed} onClick={() => void onPatch({ decision, decisionNote: note })}>
            Record decision
          </button>
        </div>
      )}
      {claim.decidedBy && claim.decidedAt && (
        <p className="muted small">
          Recorded by {claim.decidedBy.name} · <Timestamp iso={claim.decidedAt} />
        </p>
      )}
    </section>
  );
}

/** A verified claim without sources says why it needs none (the desk's checking policy asks). */
function NoSourceReason({ claim, changedBy, canWrite, onPatch }: SectionProps & { canWrite: boolean }) {
  const reasonDraft = useDraft(claim.noSourceReason, sameTrimmed);
  const reason = reasonDraft.value;
  const changed = reason.trim() !== claim.noSourceReason;
  return (
    <section className="detail-section" aria-labelledby="no-source-heading">
      <h3 id="no-source-heading" className="detail-section__title">
        No source needed?
      </h3>
      <label className="field field--compact">
        <span className="field__label">Why this claim needs no source (for example, common knowledge)</span>
        <textarea className="input" rows={2} value={reason} readOnly={!canWrite} onChange={(event) => reasonDraft.set(event.target.value)} />
      </label>
      {reasonDraft.theirs && <ChangedNotice who={changedBy} theirs={reasonDraft.theirs.value} onKeep={reasonDraft.keepMine} onTake={reasonDraft.takeTheirs} />}
      {canWrite && (
        <div className="form__actions">
          <button type="button" className="button button--small" disabled={!changed} onClick={() => void onPatch({ noSourceReason: reason.trim() })}>
            Save reason
          </button>
        </div>
      )}
    </section>
  );
}

/** A reason is saved trimmed: typing that differs only in surrounding spaces is the saved reason. */
const sameTrimmed = (a: string, b: string) => a.trim() === b.trim();

/** A claim's words before and after a change, each with its label. */
function QuoteCompare({ before, after }: { before: [label: string, text: string]; after: [label: string, text: string] }) {
  return (
    <dl className="quote-compare">
      <div>
        <dt>{before[0]}</dt>
        <dd>
          <del className="diff__removed">{before[1]}</del>
        </dd>
      </div>
      <div>
        <dt>{after[0]}</dt>
        <dd>
          <ins className="diff__added">{after[1]}</ins>
        </dd>
      </div>
    </dl>
  );
}
