import "server-only";
import { describeRange } from "@/lib/anchoring/describe-range";
import { correctionOf } from "@/lib/claims/correction";
import { DECIDABLE_STATUSES, isResolved } from "@/lib/claims/vocabulary";
import type { ClaimDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { TUpdateClaim } from "@/lib/validation/claim";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimLoggedField } from "@/lib/activity/activity-types";
import { recordActivity } from "../activity/record-activity";
import { lockArticle } from "../articles/lock-article";
import type { SessionUser } from "../auth/session-user";
import { refuseStaleWrite } from "../concurrency";
import { getDb } from "../db";
import { toClaimDto } from "../select";
import { claimRowInTransaction } from "./claim-rows";
import { assertCanBeAssigned } from "../users/assignable";

export type UpdateClaimOptions = { actor: SessionUser; claimId: string; input: TUpdateClaim };

const LOGGED_FIELDS = [
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

/**
 * Changes a claim if `input.version` is still the claim's version. The version check and the
 * write are one UPDATE, so two people saving at once cannot both win. Setting a status, or
 * needsRecheck: false, confirms a claim whose text changed since it was checked; start and end
 * re-attach it to a new span of the text.
 */
export async function updateClaim({ actor, claimId, input }: UpdateClaimOptions): Promise<ClaimDto> {
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({
      where: { id: claimId },
      select: {
        articleId: true,
        status: true,
        note: true,
        kind: true,
        version: true,
        needsRecheck: true,
        previousQuote: true,
        anchorState: true,
        quote: true,
        start: true,
        end: true,
        assigneeId: true,
        decision: true,
        decisionNote: true,
        noSourceReason: true,
      },
    });
    if (!current) throw notFound("Claim", claimId);

    const data: Prisma.ClaimUncheckedUpdateManyInput = {};
    if (input.status !== undefined && input.status !== current.status) {
      Object.assign(data, { status: input.status, statusChangedById: actor.id, statusChangedAt: new Date(), ...correctionOf(current, input.status) });
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
      Object.assign(data, { decidedById: actor.id, decidedAt: new Date() });
    }
    if (input.assigneeId !== undefined) {
      if (input.assigneeId !== null) await assertCanBeAssigned(tx, input.assigneeId);
      data.assigneeId = input.assigneeId;
    }
    if (input.status !== undefined || input.needsRecheck === false) Object.assign(data, { needsRecheck: false, previousQuote: null });
    if (input.start !== undefined && input.end !== undefined) {
      const article = await lockArticle(tx, current.articleId, input.articleVersion);
      const anchor = describeRange(article.text, input.start, input.end);
      const quoteChanged = anchor.quote.exact !== current.quote;
      Object.assign(data, {
        start: input.start,
        end: input.end,
        quote: anchor.quote.exact,
        prefix: anchor.quote.prefix,
        suffix: anchor.quote.suffix,
        anchorState: "anchored",
      });
      // Re-attached to different words: a checked claim must be confirmed on its new text.
      if (quoteChanged && isResolved(input.status ?? current.status) && input.status === undefined && input.needsRecheck === undefined) {
        Object.assign(data, { needsRecheck: true, previousQuote: current.previousQuote ?? current.quote });
      }
    }

    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: input.version },
      data: { ...data, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0)
      await refuseStaleWrite(
        { subject: `Claim ${claimId}`, sent: input.version },
        async () => (await tx.claim.findUnique({ where: { id: claimId }, select: { version: true } }))?.version,
      );

    const after = (await claimRowInTransaction(tx, claimId))!;
    const changed = LOGGED_FIELDS.filter((field) => after[field] !== current[field]);
    if (changed.length > 0) {
      await recordActivity(tx, {
        actorId: actor.id,
        entityType: "claim",
        entityId: claimId,
        articleId: current.articleId,
        claimId,
        action: actionFor(changed),
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, after[field]])),
      });
    }
    return toClaimDto(after, actor);
  });
}

function actionFor(changed: readonly ClaimLoggedField[]): "claim.reattached" | "claim.rechecked" | "claim.decided" | "claim.updated" {
  if (changed.includes("start") || changed.includes("anchorState")) return "claim.reattached";
  if (changed.length === 1 && changed[0] === "needsRecheck") return "claim.rechecked";
  if (changed.every((field) => field === "decision" || field === "decisionNote")) return "claim.decided";
  return "claim.updated";
}
