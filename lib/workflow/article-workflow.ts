import { isResolved, type AnchorState, type ClaimStatus } from "../claims/vocabulary";
import type { Role } from "../permissions";

export const ARTICLE_STATES = ["draft", "in_check", "checked", "signed_off"] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export const ARTICLE_STATE_LABELS: Record<ArticleState, string> = {
  draft: "Draft",
  in_check: "In check",
  checked: "Checked",
  signed_off: "Signed off",
};

type Transition = { from: ArticleState; to: ArticleState; roles: readonly Role[]; requiresAllResolved: boolean; label: string };

const DESK: readonly Role[] = ["admin", "editor"];
const CHECKERS: readonly Role[] = ["admin", "editor", "checker"];

/** Every move an article can make, who may make it, and whether its claims must all be resolved. */
export const TRANSITIONS: readonly Transition[] = [
  { from: "draft", to: "in_check", roles: DESK, requiresAllResolved: false, label: "Start the check" },
  { from: "in_check", to: "draft", roles: DESK, requiresAllResolved: false, label: "Back to draft" },
  { from: "in_check", to: "checked", roles: CHECKERS, requiresAllResolved: true, label: "Mark as checked" },
  { from: "checked", to: "in_check", roles: CHECKERS, requiresAllResolved: false, label: "Reopen the check" },
  { from: "checked", to: "signed_off", roles: DESK, requiresAllResolved: true, label: "Sign off" },
  { from: "signed_off", to: "in_check", roles: DESK, requiresAllResolved: false, label: "Reopen the check" },
];

export type WorkflowClaim = { id: string; quote: string; status: ClaimStatus; needsRecheck: boolean; anchorState: AnchorState };
export type Blocker = { claimId: string; reason: string };

/** What keeps an article from being checked: each claim and why, in document order. */
export function claimBlockers(claims: readonly WorkflowClaim[]): Blocker[] {
  const blockers: Blocker[] = [];
  for (const claim of claims) {
    const quote = claim.quote.length > 60 ? `${claim.quote.slice(0, 57)}…` : claim.quote;
    if (claim.anchorState === "orphaned") blockers.push({ claimId: claim.id, reason: `“${quote}” is orphaned: re-attach it to the text or delete it.` });
    else if (claim.needsRecheck) blockers.push({ claimId: claim.id, reason: `“${quote}” changed since it was checked: confirm or revise it.` });
    else if (!isResolved(claim.status)) blockers.push({ claimId: claim.id, reason: `“${quote}” is ${claim.status === "unchecked" ? "unchecked" : "still in progress"}.` });
  }
  return blockers;
}

export type TransitionCheck = { ok: true; transition: Transition } | { ok: false; code: "FORBIDDEN" | "UNPROCESSABLE"; message: string; blockers?: Blocker[] };

export function checkTransition({ role, from, to, claims }: { role: Role; from: ArticleState; to: ArticleState; claims: readonly WorkflowClaim[] }): TransitionCheck {
  const transition = TRANSITIONS.find((candidate) => candidate.from === from && candidate.to === to);
  if (!transition) {
    const allowed = TRANSITIONS.filter((candidate) => candidate.from === from).map((candidate) => candidate.to);
    return { ok: false, code: "UNPROCESSABLE", message: `An article that is ${ARTICLE_STATE_LABELS[from].toLowerCase()} can move to ${allowed.join(" or ")}, not to ${to}.` };
  }
  if (!transition.roles.includes(role)) {
    return { ok: false, code: "FORBIDDEN", message: `Your role (${role}) may not move an article from ${from} to ${to}.` };
  }
  if (transition.requiresAllResolved) {
    const blockers = claimBlockers(claims);
    if (blockers.length > 0) {
      return {
        ok: false,
        code: "UNPROCESSABLE",
        message: `${blockers.length} claim${blockers.length === 1 ? "" : "s"} must be resolved before the article is ${to === "checked" ? "checked" : "signed off"}.`,
        blockers,
      };
    }
  }
  return { ok: true, transition };
}

/** The moves the given role can offer from a state, for buttons. */
export function availableTransitions(role: Role, from: ArticleState): Transition[] {
  return TRANSITIONS.filter((transition) => transition.from === from && transition.roles.includes(role));
}
