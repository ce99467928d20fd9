import { isResolved, STATUS_DISPLAY, type AnchorState, type ClaimStatus, type EditorDecision } from "../claims/vocabulary";
import { DEFAULT_CHECKING_POLICY, type CheckingPolicy } from "./checking-policy";
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

export type WorkflowClaim = {
  id: string;
  quote: string;
  status: ClaimStatus;
  needsRecheck: boolean;
  anchorState: AnchorState;
  decision: EditorDecision | null;
  note: string;
  sourceCount: number;
  /** Why a verified claim needs no source ("common knowledge: …"). */
  noSourceReason: string;
};

/** What the policy needs of the article itself: its coverage (null when the policy sets no minimum) and an editor's reason to waive it. */
export type WorkflowArticle = { coverage: { covered: number; sentences: number } | null; coverageWaiver: string };

export const BLOCKER_RULES = ["no_claims", "orphaned", "needs_recheck", "unresolved", "decision_required", "source_required", "note_required", "coverage"] as const;
export type BlockerRule = (typeof BLOCKER_RULES)[number];
export type Blocker = { rule: BlockerRule; claimId?: string; message: string };

const NO_ARTICLE_FACTS: WorkflowArticle = { coverage: null, coverageWaiver: "" };

/**
 * What keeps an article from being checked or signed off under the desk's policy: the article's
 * own blockers first, then each claim's in document order, each with its rule and a sentence.
 */
export function checkingBlockers(claims: readonly WorkflowClaim[], policy: CheckingPolicy = DEFAULT_CHECKING_POLICY, article: WorkflowArticle = NO_ARTICLE_FACTS): Blocker[] {
  const blockers: Blocker[] = [];
  if (policy.requireClaims && claims.length === 0) {
    blockers.push({ rule: "no_claims", message: "The article has no claims: mark what it asserts before it can be checked." });
  }
  const { coverage } = article;
  if (policy.minimumCoverage !== null && coverage && coverage.sentences > 0 && !article.coverageWaiver.trim()) {
    const percent = Math.floor((coverage.covered / coverage.sentences) * 100);
    if (percent < policy.minimumCoverage) {
      blockers.push({
        rule: "coverage",
        message: `Claims cover ${percent}% of the checkable sentences (${coverage.covered} of ${coverage.sentences}); the desk asks for ${policy.minimumCoverage}%. Mark more claims, or an editor records why not.`,
      });
    }
  }
  for (const claim of claims) {
    const quote = `“${claim.quote.length > 60 ? `${claim.quote.slice(0, 57)}…` : claim.quote}”`;
    const block = (rule: BlockerRule, message: string) => blockers.push({ rule, claimId: claim.id, message });
    if (claim.anchorState === "orphaned") block("orphaned", `${quote} is orphaned: re-attach it to the text or delete it.`);
    else if (claim.needsRecheck) block("needs_recheck", `${quote} changed since it was checked: confirm or revise it.`);
    else if (!isResolved(claim.status)) block("unresolved", `${quote} is ${claim.status === "unchecked" ? "unchecked" : "still in progress"}.`);
    else {
      if ((policy.decisionRequiredFor as readonly ClaimStatus[]).includes(claim.status) && claim.decision === null) {
        block("decision_required", `${quote} is ${STATUS_DISPLAY[claim.status].label.toLowerCase()}: an editor must record a decision (corrected, kept or removed).`);
      }
      if (policy.verifiedNeedsSource && claim.status === "verified" && claim.sourceCount === 0 && !claim.noSourceReason.trim()) {
        block("source_required", `${quote} is verified without a source: add one, or say why none is needed (common knowledge).`);
      }
      if (policy.unverifiableNeedsNote && claim.status === "unverifiable" && !claim.note.trim()) {
        block("note_required", `${quote} is unverifiable: say in its note what was tried.`);
      }
    }
  }
  return blockers;
}

export type TransitionCheck = { ok: true; transition: Transition } | { ok: false; code: "FORBIDDEN" | "UNPROCESSABLE"; message: string; blockers?: Blocker[] };

type CheckTransitionOptions = {
  role: Role;
  from: ArticleState;
  to: ArticleState;
  claims: readonly WorkflowClaim[];
  policy?: CheckingPolicy;
  article?: WorkflowArticle;
};

export function checkTransition({ role, from, to, claims, policy = DEFAULT_CHECKING_POLICY, article = NO_ARTICLE_FACTS }: CheckTransitionOptions): TransitionCheck {
  const transition = TRANSITIONS.find((candidate) => candidate.from === from && candidate.to === to);
  if (!transition) {
    const allowed = TRANSITIONS.filter((candidate) => candidate.from === from).map((candidate) => candidate.to);
    return { ok: false, code: "UNPROCESSABLE", message: `An article that is ${ARTICLE_STATE_LABELS[from].toLowerCase()} can move to ${allowed.join(" or ")}, not to ${to}.` };
  }
  if (!transition.roles.includes(role)) {
    return { ok: false, code: "FORBIDDEN", message: `Your role (${role}) may not move an article from ${from} to ${to}.` };
  }
  if (transition.requiresAllResolved) {
    const blockers = checkingBlockers(claims, policy, article);
    if (blockers.length > 0) {
      const goal = to === "checked" ? "checked" : "signed off";
      return {
        ok: false,
        code: "UNPROCESSABLE",
        message: `${blockers.length} thing${blockers.length === 1 ? "" : "s"} must be settled before the article is ${goal}.`,
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
