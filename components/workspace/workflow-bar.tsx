"use client";
import { PeopleOptions } from "@/components/claims/vocabulary-options";
import { useState } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { ArticleDto, UserDto } from "@/lib/dto";
import { can, type Role } from "@/lib/permissions";
import { ARTICLE_STATE_LABELS, availableTransitions, type ArticleState, type Blocker } from "@/lib/workflow/article-workflow";

type Props = {
  article: ArticleDto;
  role: Role;
  checkers: UserDto[];
  onArticle: (article: ArticleDto) => void;
  onSelectClaim: (claimId: string) => void;
};

/** The article's workflow state and the moves the signed-in user may make from it. */
export function WorkflowBar({ article, role, checkers, onArticle, onSelectClaim }: Props) {
  const [refusal, setRefusal] = useState<{ message: string; blockers: Blocker[] } | null>(null);
  const [busy, setBusy] = useState(false);

  async function move(to: ArticleState) {
    setBusy(true);
    setRefusal(null);
    try {
      onArticle(await apiFetch<ArticleDto>(`/api/articles/${article.id}/transition`, { method: "POST", body: { to } }));
    } catch (error) {
      const blockers = error instanceof ApiError ? ((error.details?.blockers as Blocker[] | undefined) ?? []) : [];
      setRefusal({ message: error instanceof Error ? error.message : "The article could not be moved.", blockers });
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
      {refusal && (
        <div className="notice notice--error workflow__refusal" role="alert">
          <div>
            <p className="workflow__refusal-title">{refusal.message}</p>
            {refusal.blockers.length > 0 && (
              <ul className="blockers">
                {refusal.blockers.map((blocker) => (
                  <li key={blocker.claimId}>
                    <button type="button" className="link-button" onClick={() => onSelectClaim(blocker.claimId)}>
                      {blocker.reason}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="notice__close" aria-label="Dismiss" onClick={() => setRefusal(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
