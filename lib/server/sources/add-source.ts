import "server-only";
import type { SourceDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { TCreateSource } from "@/lib/validation/source";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { sourceReader, sourceSelect, toSourceDto } from "../select";
import { sourceSnapshot, toDateColumn } from "./source-fields";

export type AddSourceOptions = { actor: SessionUser; claimId: string; input: TCreateSource };

export async function addSource({ actor, claimId, input }: AddSourceOptions): Promise<SourceDto> {
  assertCan(actor, "source:write");
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true, assigneeId: true, article: { select: { leadCheckerId: true } } } });
    if (!claim) throw notFound("Claim", claimId);
    const source = await tx.source.create({
      data: {
        claimId,
        kind: input.kind,
        confidential: input.confidential,
        contact: input.contact ?? "",
        url: input.url ?? "",
        title: input.title ?? "",
        publisher: input.publisher ?? "",
        excerpt: input.excerpt ?? "",
        accessedAt: toDateColumn(input.accessedAt),
        addedById: actor.id,
      },
      select: sourceSelect,
    });
    const dto = toSourceDto(source, "internal");
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "source",
      entityId: source.id,
      articleId: claim.articleId,
      claimId,
      action: "source.added",
      after: sourceSnapshot(dto),
    });
    return toSourceDto(source, sourceReader(actor, claim));
  });
}
