import "server-only";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { evidenceGoingWith } from "../evidence/evidence-files";
import { removeReleasedObjects } from "../evidence/evidence-store";

export type DeleteArticleOptions = { actor: SessionUser; articleId: string };

/** Deletes an article with its claims and sources (and their evidence files, by an admin); the activity log keeps the record. */
export async function deleteArticle({ actor, articleId }: DeleteArticleOptions): Promise<void> {
  assertCan(actor, "article:delete");
  const evidence = await getDb().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { id: true, title: true, version: true, _count: { select: { claims: true } } },
    });
    if (!article) throw notFound("Article", articleId);
    const going = await evidenceGoingWith(tx, actor, { articleId }, "This article");
    await tx.article.delete({ where: { id: articleId } });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "article",
      entityId: articleId,
      articleId,
      action: "article.deleted",
      before: { title: article.title, version: article.version, claims: article._count.claims },
    });
    return going;
  });
  if (evidence > 0) await removeReleasedObjects();
}
