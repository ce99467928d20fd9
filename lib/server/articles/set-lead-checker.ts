import "server-only";
import type { ArticleDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/current-user";
import { assertCanBeAssigned } from "../claims/update-claim";
import { getDb } from "../db";
import { articleSelect, toArticleDto } from "./article-select";

/** Editors name the checker who leads an article's check (or nobody). */
export async function setLeadChecker({ actor, articleId, leadCheckerId }: { actor: SessionUser; articleId: string; leadCheckerId: string | null }): Promise<ArticleDto> {
  assertCan(actor, "article:edit");
  return getDb().$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id: articleId }, select: { leadCheckerId: true } });
    if (!current) throw notFound("Article", articleId);
    if (leadCheckerId) await assertCanBeAssigned(tx, leadCheckerId);
    const article = await tx.article.update({ where: { id: articleId }, data: { leadCheckerId }, select: articleSelect });
    await recordActivity(tx, { actorId: actor.id, entityType: "article", entityId: articleId, articleId, action: "article.lead_checker", before: { leadCheckerId: current.leadCheckerId }, after: { leadCheckerId } });
    return toArticleDto(article);
  });
}
