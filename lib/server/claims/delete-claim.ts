import "server-only";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";

export type DeleteClaimOptions = { actor: SessionUser; claimId: string };

/** Deletes a claim and its sources; the activity log keeps what was deleted. */
export async function deleteClaim({ actor, claimId }: DeleteClaimOptions): Promise<void> {
  assertCan(actor, "claim:write");
  await getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { articleId: true, kind: true, status: true, note: true, quote: true, start: true, end: true, _count: { select: { sources: true } } },
    });
    if (!claim) throw notFound("Claim", claimId);
    await tx.claim.delete({ where: { id: claimId } });
    const { articleId, _count, ...before } = claim;
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "claim",
      entityId: claimId,
      articleId,
      claimId,
      action: "claim.deleted",
      before: { ...before, sources: _count.sources },
    });
  });
}
