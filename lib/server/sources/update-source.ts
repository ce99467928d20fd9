import "server-only";
import type { SourceDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { TUpdateSource } from "@/lib/validation/source";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { refuseStaleWrite } from "../concurrency";
import { getDb } from "../db";
import { sourceReader, sourceSelect, sourceWithClaimSelect, toSourceDto } from "../select";
import { confidentialFor } from "./source-fields";
import { SOURCE_FIELDS, toDateColumn } from "./source-fields";

export type UpdateSourceOptions = { actor: SessionUser; sourceId: string; input: TUpdateSource };

export async function updateSource({ actor, sourceId, input }: UpdateSourceOptions): Promise<SourceDto> {
  assertCan(actor, "source:write");
  return getDb().$transaction(async (tx) => {
    const row = await tx.source.findUnique({ where: { id: sourceId }, select: sourceWithClaimSelect });
    if (!row) throw notFound("Source", sourceId);
    const reader = sourceReader(actor, row.claim);
    if (toSourceDto(row, reader).detailsHidden) throw confidentialFor(sourceId);
    const current = toSourceDto(row, "internal");
    if (!(input.url ?? current.url) && !(input.title ?? current.title)) {
      throw new AppError("INVALID_INPUT", "A source needs a url or a title; this change would leave it with neither.");
    }
    const { count } = await tx.source.updateMany({
      where: { id: sourceId, ...(input.version !== undefined ? { version: input.version } : {}) },
      data: {
        kind: input.kind,
        confidential: input.confidential,
        contact: input.contact,
        url: input.url,
        title: input.title,
        publisher: input.publisher,
        excerpt: input.excerpt,
        accessedAt: toDateColumn(input.accessedAt),
        version: { increment: 1 },
      },
    });
    if (count === 0)
      await refuseStaleWrite(
        { subject: `Source ${sourceId}`, sent: input.version ?? 0 },
        async () => (await tx.source.findUnique({ where: { id: sourceId }, select: { version: true } }))?.version,
      );
    const updated = toSourceDto(await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: sourceSelect }), "internal");
    const changed = SOURCE_FIELDS.filter((field) => current[field] !== updated[field]);
    if (changed.length > 0) {
      await recordActivity(tx, {
        actorId: actor.id,
        entityType: "source",
        entityId: sourceId,
        articleId: row.claim.articleId,
        claimId: current.claimId,
        action: "source.updated",
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, updated[field]])),
      });
    }
    return toSourceDto(await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: sourceSelect }), reader);
  });
}
