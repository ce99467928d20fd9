// The desk's checking policy: what must be true of an article's claims before it is marked
// checked or signed off. Admins set it in the desk settings (versioned with them); these
// defaults are what a standards editor would choose. Built in the browser too (the settings
// form and the workflow bar's preview), so zod must not compile parsers there.
import "@/lib/validation/zod-in-the-browser";
import { z } from "zod";

/** Verdicts an editor may be required to confirm with a decision: those a decision can be recorded on (DECIDABLE_STATUSES in lib/claims/vocabulary.ts). */
export const DECISION_STATUSES = ["incorrect", "disputed"] as const;

export type CheckingPolicy = {
  /** Claims with these statuses need an editor's decision. */
  decisionRequiredFor: (typeof DECISION_STATUSES)[number][];
  /** A verified claim needs a source, or a reason why none is needed ("common knowledge"). */
  verifiedNeedsSource: boolean;
  /** An unverifiable claim needs a note saying what was tried. */
  unverifiableNeedsNote: boolean;
  /** An article needs at least one claim. */
  requireClaims: boolean;
  /** Share of checkable sentences (percent) that must hold a claim, unless an editor records why not; null: off. */
  minimumCoverage: number | null;
};

export const DEFAULT_CHECKING_POLICY: CheckingPolicy = {
  decisionRequiredFor: ["incorrect", "disputed"],
  verifiedNeedsSource: true,
  unverifiableNeedsNote: true,
  requireClaims: true,
  minimumCoverage: null,
};

export const ZCheckingPolicySchema = z.strictObject({
  decisionRequiredFor: z
    .array(z.enum(DECISION_STATUSES, { error: `decisionRequiredFor lists statuses among: ${DECISION_STATUSES.join(", ")}.` }))
    .max(DECISION_STATUSES.length)
    .transform((statuses) => [...new Set(statuses)]),
  verifiedNeedsSource: z.boolean(),
  unverifiableNeedsNote: z.boolean(),
  requireClaims: z.boolean(),
  minimumCoverage: z
    .number()
    .int("minimumCoverage is a whole percentage.")
    .min(1, "minimumCoverage is at least 1 (or null for off).")
    .max(100, "minimumCoverage is at most 100.")
    .nullable(),
});

/** The stored policy, or the default when none is stored or it no longer validates. */
export function readCheckingPolicy(stored: unknown): CheckingPolicy {
  const parsed = ZCheckingPolicySchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_CHECKING_POLICY;
}
