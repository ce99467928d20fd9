import { factKey } from "@/lib/similarity/fact-terms";
import "server-only";
import { describeRange } from "@/lib/anchoring/describe-range";
import { correctionOf } from "@/lib/claims/correction";
import { DECIDABLE_STATUSES, isResolved } from "@/lib/claims/vocabulary";
import type { ClaimDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { TUpdateClaim } from "@/lib/validation/claim";
import type { Activity, ClaimLoggedField } from "@/lib/activity/activity-types";
import { activityInsert, activityRows } from "../activity/record-activity";
import { articleChanged, articleTextAt, readArticleText } from "../articles/lock-article";
import type { SessionUser } from "../auth/session-user";
import { staleVersion } from "../concurrency";
import { queryRows, type Statement } from "../sql";
import { toClaimDto } from "../select";
import { claimRowsOf, toClaimRow, type SqlClaimRow } from "./claim-rows";
import { assertCanBeAssigned } from "../users/assignable";
import {
  CLAIM_LOGGED_FIELDS,
  claimStateJson,
  forgetClaimState,
  rememberClaimStates,
  rememberedClaimState,
  sqlClaimStateColumns,
  sqlClaimStateIs,
  type ClaimState,
} from "./remembered-claim-states";

export type UpdateClaimOptions = { actor: SessionUser; claimId: string; input: TUpdateClaim };

/** The columns a claim's update may set (all others keep their values). */
const WRITABLE = [
  ...CLAIM_LOGGED_FIELDS,
  "statusChangedById",
  "statusChangedAt",
  "correctedQuote",
  "correctedStatus",
  "decidedById",
  "decidedAt",
  "previousQuote",
  "prefix",
  "suffix",
  "factKey",
  "updatedById",
  "updatedAt",
  "version",
] as const;
type ClaimPatch = Partial<Record<(typeof WRITABLE)[number], unknown>>;

const CURRENT_CLAIM: Statement = {
  name: "claim-before-update",
  text: `SELECT ${sqlClaimStateColumns("c")} FROM "Claim" c WHERE c."id" = $1`,
};

const columns = WRITABLE.map((column) => `"${column}"`).join(", ");
/**
 * The version check, the change, its history entry and the answer in one statement: the claim
 * changes only from version $2, and (when it is re-attached to the text) only while the article
 * is at version $5, which the statement holds with a shared lock. The patch ($3) names the
 * columns that change; jsonb_populate_record keeps the others as they are. $7: the claim's state
 * the change was computed from, when it came from memory rather than a read (the row must hold it).
 */
const UPDATE_CLAIM: Statement = {
  name: "update-claim-at-version",
  text: `WITH art AS (SELECT 1 FROM "Article" WHERE $4::text IS NOT NULL AND "id" = $4 AND "version" = $5 FOR SHARE),
  written AS (
    UPDATE "Claim" c SET (${columns}) = (SELECT ${WRITABLE.map((column) => `p."${column}"`).join(", ")} FROM jsonb_populate_record(c, $3::jsonb) p)
    WHERE c."id" = $1 AND c."version" = $2 AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM art)) AND ($7::jsonb IS NULL OR ${sqlClaimStateIs("c", "$7")})
    RETURNING c.*
  ),
  logged AS (${activityInsert(6, { from: "written" })})
  ${claimRowsOf("written")}`,
};

/**
 * Changes a claim if `input.version` is still the claim's version. The version check and the
 * write are one statement, so two people saving at once cannot both win. Setting a status, or
 * needsRecheck: false, confirms a claim whose text changed since it was checked; start and end
 * re-attach it to a new span of the text.
 */
export async function updateClaim({ actor, claimId, input }: UpdateClaimOptions): Promise<ClaimDto> {
  assertCan(actor, "claim:write");
  const remembered = rememberedClaimState(claimId, input.version);
  if (remembered) {
    const change = await planUpdate(actor, claimId, input, remembered);
    const written = await writeUpdate(actor, claimId, input, change, remembered);
    if (written) return written;
    // Changed since this server saw it, or gone: read it and compute the change again.
    forgetClaimState(claimId);
  }
  const [current] = await queryRows<ClaimState>(CURRENT_CLAIM, [claimId]);
  if (!current) throw notFound("Claim", claimId);
  const change = await planUpdate(actor, claimId, input, current);
  const written = await writeUpdate(actor, claimId, input, change, null);
  if (written) return written;
  throw await whyNotWritten(claimId, input.version, change.article);
}

type PlannedUpdate = { data: ClaimPatch; events: Activity[]; article: { id: string; version: number } | null; now: Date };

/** The columns to set and the history entry for `input` applied to the claim as `current` holds it. */
async function planUpdate(actor: SessionUser, claimId: string, input: TUpdateClaim, current: ClaimState): Promise<PlannedUpdate> {
  const now = new Date();
  const data: ClaimPatch = {};
  if (input.status !== undefined && input.status !== current.status) {
    Object.assign(data, { status: input.status, statusChangedById: actor.id, statusChangedAt: now, ...correctionOf(current, input.status) });
  }
  if (input.note !== undefined) data.note = input.note;
  if (input.kind !== undefined) data.kind = input.kind;
  if (input.noSourceReason !== undefined) data.noSourceReason = input.noSourceReason;
  if (input.decision !== undefined || input.decisionNote !== undefined) {
    assertCan(actor, "claim:decide");
    const status = input.status ?? current.status;
    if (input.decision && !DECIDABLE_STATUSES.includes(status)) {
      throw new AppError("UNPROCESSABLE", `An editor's decision is recorded on incorrect or disputed claims; claim ${claimId} is ${status}.`);
    }
    if (input.decision !== undefined) data.decision = input.decision;
    if (input.decisionNote !== undefined) data.decisionNote = input.decisionNote;
    Object.assign(data, { decidedById: actor.id, decidedAt: now });
  }
  if (input.assigneeId !== undefined) {
    if (input.assigneeId !== null) await assertCanBeAssigned(input.assigneeId);
    data.assigneeId = input.assigneeId;
  }
  if (input.status !== undefined || input.needsRecheck === false) Object.assign(data, { needsRecheck: false, previousQuote: null });
  let article: { id: string; version: number } | null = null;
  if (input.start !== undefined && input.end !== undefined) {
    const text = await articleTextAt(current.articleId, input.articleVersion);
    article = text;
    const anchor = describeRange(text.text, input.start, input.end);
    const quoteChanged = anchor.quote.exact !== current.quote;
    Object.assign(data, {
      start: input.start,
      end: input.end,
      quote: anchor.quote.exact,
      prefix: anchor.quote.prefix,
      suffix: anchor.quote.suffix,
      factKey: factKey(anchor.quote.exact),
      anchorState: "anchored",
    });
    // Re-attached to different words: a checked claim must be confirmed on its new text.
    if (quoteChanged && isResolved(input.status ?? current.status) && input.status === undefined && input.needsRecheck === undefined) {
      Object.assign(data, { needsRecheck: true, previousQuote: current.previousQuote ?? current.quote });
    }
  }
  Object.assign(data, { updatedById: actor.id, updatedAt: now, version: input.version + 1 });

  const after = { ...current, ...data } as ClaimState;
  const changed = CLAIM_LOGGED_FIELDS.filter((field) => after[field] !== current[field]);
  const events: Activity[] =
    changed.length === 0
      ? []
      : [
          {
            actorId: actor.id,
            entityType: "claim",
            entityId: claimId,
            articleId: current.articleId,
            claimId,
            action: actionFor(changed),
            before: Object.fromEntries(changed.map((field) => [field, current[field]])),
            after: Object.fromEntries(changed.map((field) => [field, after[field]])),
          },
        ];
  return { data, events, article, now };
}

/** The change written, answered as `actor` may see the claim; null if the row no longer holds `expected` (or the version, or the article's). */
async function writeUpdate(
  actor: SessionUser,
  claimId: string,
  input: TUpdateClaim,
  { data, events, article, now }: PlannedUpdate,
  expected: ClaimState | null,
): Promise<ClaimDto | null> {
  const values = [
    claimId,
    input.version,
    JSON.stringify(data),
    article?.id ?? null,
    article?.version ?? null,
    JSON.stringify(activityRows(events, now)),
    expected && claimStateJson(expected),
  ];
  const [row] = await queryRows<SqlClaimRow>(UPDATE_CLAIM, values);
  if (!row) return null;
  rememberClaimStates([row]);
  return toClaimDto(toClaimRow(row), actor);
}

/** The claim or the article moved on (or went) between reading and writing: the 409 (or 404) to answer. */
async function whyNotWritten(claimId: string, sent: number, article: { id: string; version: number } | null): Promise<AppError> {
  const [now] = await queryRows<ClaimState>(CURRENT_CLAIM, [claimId]);
  if (!now) return notFound("Claim", claimId);
  if (now.version !== sent || article === null) return staleVersion({ subject: `Claim ${claimId}`, sent, current: now.version });
  const text = await readArticleText(article.id);
  return articleChanged(article.id, article.version, text.version);
}

function actionFor(changed: readonly ClaimLoggedField[]): "claim.reattached" | "claim.rechecked" | "claim.decided" | "claim.updated" {
  if (changed.includes("start") || changed.includes("anchorState")) return "claim.reattached";
  if (changed.length === 1 && changed[0] === "needsRecheck") return "claim.rechecked";
  if (changed.every((field) => field === "decision" || field === "decisionNote")) return "claim.decided";
  return "claim.updated";
}
