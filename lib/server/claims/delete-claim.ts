import "server-only";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { evidenceGoingWith } from "../evidence/evidence-files";
import { removeReleasedObjects } from "../evidence/evidence-store";

export type DeleteClaimOptions = { actor: SessionUser; claimId: string };

/** Deletes a claim and its sources (and their evidence files, by an admin); the activity log keeps what was deleted. */
export async function deleteClaim({ actor, claimId }: DeleteClaimOptions): Promise<void> {
  assertCan(actor, "claim:write");
  const evidence = await getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { articleId: true, kind: true, status: true, note: true, quote: true, start: true, end: true, _count: { select: { sources: true } } },
    });
    if (!claim) throw notFound("Claim", claimId);
    const going = await evidenceGoingWith(tx, actor, { claimId }, "This claim");
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
    return going;
  });
  if (evidence > 0) await removeReleasedObjects();
}
