"use client";
import { PeopleOptions } from "@/components/claims/vocabulary-options";
import { useState } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { ArticleDto, ClaimDto, UserDto } from "@/lib/dto";
import { can, type Role } from "@/lib/permissions";
import { ARTICLE_STATE_LABELS, availableTransitions, checkingBlockers, type ArticleState, type Blocker } from "@/lib/workflow/article-workflow";
import type { CheckingPolicy } from "@/lib/workflow/checking-policy";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  article: ArticleDto;
  role: Role;
  checkers: UserDto[];
  claims: ClaimDto[];
  policy: CheckingPolicy;
  /** The article's coverage, when the suggestions have been computed. */
  coverage: { covered: number; sentences: number } | null;
  onArticle: (article: ArticleDto) => void;
  onSelectClaim: (claimId: string) => void;
};

/** The article's workflow state and the moves the signed-in user may make from it. */
export function WorkflowBar({ article, role, checkers, claims, policy, coverage, onArticle, onSelectClaim }: Props) {
  // A refusal stands until the claims change (someone acted on it); then the preview takes over.
  const [refused, setRefusal] = useState<{ message: string; blockers: Blocker[]; claims?: ClaimDto[] } | null>(null);
  const refusal = refused && (!refused.claims || refused.claims === claims) ? refused : null;
  const [busy, setBusy] = useState(false);
  // What still blocks the next step, shown before anyone tries (the server decides on the attempt).
  const nextStep = availableTransitions(role, article.state).find((transition) => transition.requiresAllResolved);
  const pending = nextStep
    ? checkingBlockers(
        claims.map((claim) => ({ ...claim, sourceCount: claim.sources.length })),
        policy,
        { coverage, coverageWaiver: article.coverageWaiver },
      )
    : [];

  async function move(to: ArticleState) {
    setBusy(true);
    setRefusal(null);
    try {
      onArticle(await apiFetch<ArticleDto>(`/api/articles/${article.id}/transition`, { method: "POST", body: { to } }));
    } catch (error) {
      const blockers = error instanceof ApiError ? ((error.details?.blockers as Blocker[] | undefined) ?? []) : [];
      setRefusal({ message: error instanceof Error ? error.message : "The article could not be moved.", blockers, claims });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="workflow">
      <div className="workflow__state">
        <span className={`state-badge state-badge--${article.state}`} data-state={article.state}>
          {ARTICLE_STATE_LABELS[article.state]}
        </span>
        {article.state === "signed_off" && article.signedOffBy && article.signedOffAt && (
          <span className="muted small">
            by {article.signedOffBy.name} · <Timestamp iso={article.signedOffAt} />
          </span>
        )}
        {can(role, "article:edit") ? (
          <label className="workflow__lead small">
            Lead checker{" "}
            <select
              className="input"
              value={article.leadChecker?.id ?? ""}
              onChange={async (event) => {
                try {
                  onArticle(await apiFetch<ArticleDto>(`/api/articles/${article.id}`, { method: "PATCH", body: { leadCheckerId: event.target.value || null } }));
                } catch (error) {
                  setRefusal({ message: error instanceof Error ? error.message : "The lead checker was not saved.", blockers: [] });
                }
              }}
            >
              <option value="">Nobody</option>
              <PeopleOptions people={checkers} />
            </select>
          </label>
        ) : (
          article.leadChecker && <span className="muted small">Lead checker: {article.leadChecker.name}</span>
        )}
      </div>
      <div className="workflow__actions">
        {availableTransitions(role, article.state).map((transition) => (
          <button key={transition.to} type="button" className="button button--small" disabled={busy} onClick={() => void move(transition.to)}>
            {transition.label}
          </button>
        ))}
      </div>
      {nextStep && !refusal && (
        <div className="workflow__pending">
          {pending.length === 0 ? (
            <p className="muted small">Nothing blocks “{nextStep.label}”.</p>
          ) : (
            <details>
              <summary className="small">
                {pending.length} thing{pending.length === 1 ? "" : "s"} to settle before “{nextStep.label}”
              </summary>
              <BlockerList blockers={pending} onSelectClaim={onSelectClaim} />
            </details>
          )}
          {pending.some((blocker) => blocker.rule === "coverage") && can(role, "article:edit") && <CoverageWaiver article={article} onArticle={onArticle} />}
        </div>
      )}
      {refusal && (
        <div className="notice notice--error workflow__refusal" role="alert">
          <div>
            <p className="workflow__refusal-title">{refusal.message}</p>
            {refusal.blockers.length > 0 && <BlockerList blockers={refusal.blockers} onSelectClaim={onSelectClaim} />}
          </div>
          <button type="button" className="notice__close" aria-label="Dismiss" onClick={() => setRefusal(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

function BlockerList({ blockers, onSelectClaim }: { blockers: Blocker[]; onSelectClaim: (claimId: string) => void }) {
  return (
    <ul className="blockers">
      {blockers.map((blocker) => (
        <li key={`${blocker.rule}:${blocker.claimId ?? ""}`} data-rule={blocker.rule}>
          {blocker.claimId ? (
            <button type="button" className="link-button" onClick={() => onSelectClaim(blocker.claimId!)}>
              {blocker.message}
            </button>
          ) : (
            blocker.message
          )}
        </li>
      ))}
    </ul>
  );
}

/** An editor records why the article may be checked below the desk's minimum coverage. */
function CoverageWaiver({ article, onArticle }: { article: ArticleDto; onArticle: (article: ArticleDto) => void }) {
  const [reason, setReason] = useState(article.coverageWaiver);
  const { pending, message, run } = useFormAction("The reason was not saved.");
  return (
    <form
      className="workflow__waiver"
      onSubmit={async (event) => {
        event.preventDefault();
        const saved = await run(() => apiFetch<ArticleDto>(`/api/articles/${article.id}`, { method: "PATCH", body: { coverageWaiver: reason.trim() } }), "Reason recorded.");
        if (saved) onArticle(saved);
      }}
    >
      <label className="field field--compact">
        <span className="field__label">Why this article may be checked with less coverage</span>
        <input className="input" value={reason} maxLength={2_000} onChange={(event) => setReason(event.target.value)} />
      </label>
      <button type="submit" className="button button--small" disabled={pending || !reason.trim()}>
        Record the reason
      </button>
      <FormMessage message={message} />
    </form>
  );
}
