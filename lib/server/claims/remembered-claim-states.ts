import "server-only";
import type { ClaimLoggedField, ClaimLoggedValues } from "@/lib/activity/activity-types";

// What a change to a claim is computed from (its history entry's before and after, a correction
// on a new status) is the claim as it stands: each app server remembers it for the claims it has
// read or written, so a change sent at the version this server last saw need not read the claim
// first. Nothing is trusted to memory: the write's statement changes the row only if it still
// holds exactly these values (sqlClaimStateIs), else the caller reads the claim and computes the
// change again. A version alone would not do: re-attaching claims when the text is saved moves
// their offsets without a new version.

/** A claim's values that a change is computed from. */
export type ClaimState = ClaimLoggedValues & { articleId: string; version: number; previousQuote: string | null };

/** The values a claim's history records when they change. */
export const CLAIM_LOGGED_FIELDS = [
  "status",
  "note",
  "kind",
  "needsRecheck",
  "anchorState",
  "quote",
  "start",
  "end",
  "assigneeId",
  "decision",
  "decisionNote",
  "noSourceReason",
] as const satisfies readonly ClaimLoggedField[];

const FIELDS = ["articleId", "version", "previousQuote", ...CLAIM_LOGGED_FIELDS] as const satisfies readonly (keyof ClaimState)[];
// Every field a change is computed from is compared: a field added to ClaimState and not here fails to compile.
const everyField: Exclude<keyof ClaimState, (typeof FIELDS)[number]> extends never ? true : never = true;
void everyField;
const TEXT_CASTS: ReadonlySet<string> = new Set(["status", "kind", "anchorState", "decision"]);

/** SQL for one field of the state, of the claim row aliased `claim` (enums as text). */
const sqlField = (claim: string, field: (typeof FIELDS)[number]) => `${claim}."${field}"${TEXT_CASTS.has(field) ? "::text" : ""}`;

/** SQL: the state's columns of the claim row aliased `claim`, for a SELECT reading a ClaimState. */
export const sqlClaimStateColumns = (claim: string) => FIELDS.map((field) => `${sqlField(claim, field)} AS "${field}"`).join(", ");

/** SQL: whether the claim row aliased `claim` holds the state sent as JSON in `param`. */
export const sqlClaimStateIs = (claim: string, param: string) =>
  `jsonb_build_object(${FIELDS.map((field) => `'${field}', ${sqlField(claim, field)}`).join(", ")}) = ${param}::jsonb`;

/** The state as the statement compares it (exactly its fields). */
export const claimStateJson = (state: ClaimState) => JSON.stringify(pick(state));

function pick(row: ClaimState): ClaimState {
  return Object.fromEntries(FIELDS.map((field) => [field, row[field]])) as ClaimState;
}

const MAX_CLAIMS = 20_000;
const globalForStates = globalThis as unknown as { factdeskClaimStates?: Map<string, ClaimState> };
const states = (globalForStates.factdeskClaimStates ??= new Map<string, ClaimState>());

/** The claim as this server last saw it, if that was at `version`. */
export function rememberedClaimState(claimId: string, version: number): ClaimState | undefined {
  const state = states.get(claimId);
  return state?.version === version ? state : undefined;
}

/** Remembers claims as read or written (rows with at least the state's fields). */
export function rememberClaimStates(rows: readonly (ClaimState & { id: string })[]): void {
  for (const row of rows) {
    states.delete(row.id);
    if (states.size >= MAX_CLAIMS) states.delete(states.keys().next().value!);
    states.set(row.id, pick(row));
  }
}

export function forgetClaimState(claimId: string): void {
  states.delete(claimId);
}
