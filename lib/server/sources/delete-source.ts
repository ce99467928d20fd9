import "server-only";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { evidenceGoingWith } from "../evidence/evidence-files";
import { removeReleasedObjects } from "../evidence/evidence-store";
import { sourceReader, sourceWithClaimSelect, toSourceDto } from "../select";
import { confidentialFor, sourceSnapshot } from "./source-fields";

export type DeleteSourceOptions = { actor: SessionUser; sourceId: string };

export async function deleteSource({ actor, sourceId }: DeleteSourceOptions): Promise<void> {
  assertCan(actor, "source:write");
  const evidence = await getDb().$transaction(async (tx) => {
    const row = await tx.source.findUnique({ where: { id: sourceId }, select: sourceWithClaimSelect });
    if (!row) throw notFound("Source", sourceId);
    if (toSourceDto(row, sourceReader(actor, row.claim)).detailsHidden) throw confidentialFor(sourceId);
    const going = await evidenceGoingWith(tx, actor, { sourceId }, "This source");
    await tx.source.delete({ where: { id: sourceId } });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "source",
      entityId: sourceId,
      articleId: row.claim.articleId,
      claimId: row.claimId,
      action: "source.removed",
      before: sourceSnapshot(toSourceDto(row, "internal")),
    });
    return going;
  });
  if (evidence > 0) await removeReleasedObjects();
}
