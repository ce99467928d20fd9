import "server-only";
import { correctionOf } from "@/lib/claims/correction";
import type { ClaimStatus } from "@/lib/claims/vocabulary";
import type { ClaimDto } from "@/lib/dto";
import { AppError } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { TBulkUpdateClaims } from "@/lib/validation/claim";
import type { Prisma } from "@/generated/prisma/client";
import { recordActivities } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { claimDocumentOrder, claimSelect, toClaimDto } from "../select";
import { assertCanBeAssigned } from "../users/assignable";

export type BulkUpdateClaimsOptions = { actor: SessionUser; input: TBulkUpdateClaims };

/**
 * Sets the status, assignee or kind of several claims at once, all or nothing: the claims are
 * locked, every version must still match (else 409 naming the stale ones), and each claim's
 * change is logged. A fixed number of queries, whatever the number of claims.
 */
export async function bulkUpdateClaims({ actor, input }: BulkUpdateClaimsOptions): Promise<ClaimDto[]> {
  assertCan(actor, "claim:write");
  const ids = input.claims.map((claim) => claim.id);
  return getDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      {
        id: string;
        version: number;
        status: ClaimStatus;
        kind: string;
        assigneeId: string | null;
        articleId: string;
        needsRecheck: boolean;
        quote: string;
        previousQuote: string | null;
      }[]
    >`
      SELECT "id", "version", "status"::text AS "status", "kind"::text AS "kind", "assigneeId", "articleId", "needsRecheck", "quote", "previousQuote"
      FROM "Claim" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
    const byId = new Map(rows.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new AppError("NOT_FOUND", `Claim${missing.length > 1 ? "s" : ""} ${missing.join(", ")} do${missing.length > 1 ? "" : "es"} not exist.`);
    const stale = input.claims.filter((claim) => byId.get(claim.id)!.version !== claim.version);
    if (stale.length > 0) {
      throw new AppError("CONFLICT", `${stale.length} of the selected claims changed since you loaded them. Reload and select again; nothing was changed.`, {
        staleClaimIds: stale.map((claim) => claim.id),
      });
    }
    if (input.assigneeId) await assertCanBeAssigned(input.assigneeId, tx);

    const now = new Date();
    const data: Prisma.ClaimUncheckedUpdateManyInput = { updatedById: actor.id, version: { increment: 1 } };
    if (input.status !== undefined) Object.assign(data, { status: input.status, statusChangedById: actor.id, statusChangedAt: now, needsRecheck: false, previousQuote: null });
    if (input.kind !== undefined) data.kind = input.kind;
    if (input.assigneeId !== undefined) data.assigneeId = input.assigneeId;
    // A new status records (or clears) each claim's correction: one statement for all of them.
    const newStatus = input.status;
    const moved = newStatus === undefined ? [] : rows.filter((row) => row.status !== newStatus).map((row) => ({ id: row.id, ...correctionOf(row, newStatus) }));
    if (moved.length > 0) {
      await tx.$executeRaw`
        UPDATE "Claim" c SET "correctedQuote" = u.quote, "correctedStatus" = u.status::"ClaimStatus"
        FROM unnest(${moved.map((row) => row.id)}::text[], ${moved.map((row) => row.correctedQuote)}::text[], ${moved.map((row) => row.correctedStatus)}::text[]) AS u(id, quote, status)
        WHERE c."id" = u.id`;
    }
    await tx.claim.updateMany({ where: { id: { in: ids } }, data });

    const fields = (["status", "kind", "assigneeId"] as const).filter((field) => input[field] !== undefined);
    await recordActivities(
      tx,
      rows.map((row) => ({
        actorId: actor.id,
        entityType: "claim",
        entityId: row.id,
        articleId: row.articleId,
        claimId: row.id,
        action: "claim.updated",
        before: { ...Object.fromEntries(fields.map((field) => [field, row[field]])), bulk: true },
        after: { ...Object.fromEntries(fields.map((field) => [field, input[field] ?? null])), bulk: true },
      })),
    );
    const updated = await tx.claim.findMany({ where: { id: { in: ids } }, orderBy: claimDocumentOrder, select: claimSelect });
    return updated.map((row) => toClaimDto(row, actor));
  });
}
