import { correctionOf, type ClaimCorrection } from "../claims/correction";
import type { AnchorState, ClaimStatus } from "../claims/vocabulary";
import { replaceableProblem } from "../document/replace-text";

// Suggesting mode: a checker proposes new words for a claim ("Mark" → "Marco"); an editor accepts
// (the article's text changes as a new revision) or rejects. These rules decide, on the server,
// when a proposal may be made or accepted and what accepting does to the claim's verdict.

export const PROPOSAL_STATES = ["open", "accepted", "rejected"] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

type AnchoredClaim = { quote: string; start: number | null; end: number | null; anchorState: AnchorState };

/** Why no change can be proposed for the claim's words as they stand in `text`, or null. */
export function proposalProblem(claim: AnchoredClaim, text: string, replacement: string): string | null {
  if (claim.anchorState === "orphaned" || claim.start === null || claim.end === null) return "its words are no longer in the text (re-attach it first)";
  if (replacement === claim.quote) return "the replacement is the claim's words as they are";
  const problem = replaceableProblem(text, claim.start, claim.end);
  return problem ? `its words cannot be replaced: ${problem}` : null;
}

/**
 * Whether an open proposal still applies: the claim is attached to the very words the proposal
 * was made for (the text around them may have changed). A claim's quote is its words in the
 * current text (every save re-anchors it).
 */
export function proposalApplies(proposal: { quote: string; state: ProposalState }, claim: AnchoredClaim): boolean {
  return proposal.state === "open" && claim.anchorState !== "orphaned" && claim.start !== null && claim.end !== null && claim.quote === proposal.quote;
}

export type VerdictChange = { status: ClaimStatus; needsRecheck: boolean; previousQuote: string | null } & ClaimCorrection;

/**
 * What an accepted proposal does to its claim's verdict, or null when the save's own rule holds
 * (a checked claim whose words changed is flagged to be checked again; an unchecked one stays
 * unchecked). A claim judged incorrect or disputed was corrected by the change its checker
 * proposed: it becomes verified, and the words and verdict as judged go to the corrections memo.
 */
export function verdictAfterAccepting(claim: { status: ClaimStatus; quote: string; previousQuote: string | null }, replacement: string): VerdictChange | null {
  if (claim.status !== "incorrect" && claim.status !== "disputed") return null;
  const correction = correctionOf({ status: claim.status, quote: replacement, previousQuote: claim.previousQuote ?? claim.quote }, "verified");
  return { status: "verified", needsRecheck: false, previousQuote: null, ...correction };
}
