import type { ClaimStatus } from "./vocabulary";

/** What was corrected: a claim's words and verdict as judged, before the text was fixed. */
export type ClaimCorrection = { correctedQuote: string | null; correctedStatus: ClaimStatus | null };

/**
 * A claim judged incorrect or disputed and then verified after its words changed was corrected:
 * the words and verdict as judged are kept for the corrections memo until sign-off. Any other
 * new status clears that record (a claim verified on the same words was not corrected, the
 * checker changed their mind).
 */
export function correctionOf(current: { status: ClaimStatus; quote: string; previousQuote: string | null }, status: ClaimStatus): ClaimCorrection {
  const corrected =
    status === "verified" && (current.status === "incorrect" || current.status === "disputed") && current.previousQuote !== null && current.previousQuote !== current.quote;
  return corrected ? { correctedQuote: current.previousQuote, correctedStatus: current.status } : { correctedQuote: null, correctedStatus: null };
}
