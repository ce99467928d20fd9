import "server-only";
import type { ClaimDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { TUpdateClaim } from "@/lib/validation/claim";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/current-user";
import { getDb } from "../db";
import { claimSelect, toClaimDto } from "../select";

export type UpdateClaimOptions = { actor: SessionUser; claimId: string; input: TUpdateClaim };

type Changeable = "status" | "note" | "kind";

/**
 * Changes a claim's status, note or kind, if `input.version` is still the claim's version.
 * The version check and the write are one UPDATE, so two people saving at once cannot both win.
 */
export async function updateClaim({ actor, claimId, input }: UpdateClaimOptions): Promise<ClaimDto> {
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, status: true, note: true, kind: true, version: true } });
    if (!current) throw notFound("Claim", claimId);
    const changed = (["status", "note", "kind"] as Changeable[]).filter((field) => input[field] !== undefined && input[field] !== current[field]);
    const now = new Date();
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: input.version },
      data: {
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(changed.includes("status") ? { statusChangedById: actor.id, statusChangedAt: now } : {}),
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleVersion("Claim", claimId, input.version, current.version);
    if (changed.length > 0) {
      await recordActivity(tx, {
        actorId: actor.id,
        entityType: "claim",
        entityId: claimId,
        articleId: current.articleId,
        claimId,
        action: "claim.updated",
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, input[field]!])),
      });
    }
    return toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimSelect }));
  });
}

export function staleVersion(what: string, id: string, sent: number, current: number): AppError {
  return new AppError(
    "CONFLICT",
    `${what} ${id} was changed by someone else (you sent version ${sent}, it is now at version ${current}). Reload it and apply your change again.`,
    { currentVersion: current },
  );
}
