import "server-only";
import type { ArticleDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { TArticleSettings } from "@/lib/validation/article";
import { recordActivities, type Activity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { notify } from "../notifications/notify";
import { assertCanBeAssigned } from "../users/assignable";
import { articleSelect, toArticleDto } from "./article-select";

/**
 * Editors name the checker who leads an article's check (or nobody) and record the address the
 * article is published at (used by ClaimReview publishing), and record why it may be checked
 * below the desk's minimum coverage, and its publication date (the day the register checks
 * names and titles for). Each change is logged.
 */
export async function updateArticleSettings({ actor, articleId, input }: { actor: SessionUser; articleId: string; input: TArticleSettings }): Promise<ArticleDto> {
  assertCan(actor, "article:edit");
  return getDb().$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id: articleId }, select: { leadCheckerId: true, publishedUrl: true, coverageWaiver: true, publicationDate: true } });
    if (!current) throw notFound("Article", articleId);
    if (input.leadCheckerId) await assertCanBeAssigned(input.leadCheckerId, tx);
    const article = await tx.article.update({
      where: { id: articleId },
      data: {
        leadCheckerId: input.leadCheckerId,
        publishedUrl: input.publishedUrl,
        coverageWaiver: input.coverageWaiver,
        publicationDate: input.publicationDate === undefined ? undefined : input.publicationDate && new Date(`${input.publicationDate}T00:00:00Z`),
      },
      select: articleSelect,
    });
    // One log entry per setting that changed, written in one statement.
    const entry = { actorId: actor.id, entityType: "article", entityId: articleId, articleId } as const;
    const changed = <K extends "leadCheckerId" | "publishedUrl" | "coverageWaiver">(field: K) => input[field] !== undefined && input[field] !== current[field];
    const currentDate = current.publicationDate?.toISOString().slice(0, 10) ?? null;
    const events: Activity[] = [];
    if (changed("leadCheckerId")) {
      events.push({ ...entry, action: "article.lead_checker", before: { leadCheckerId: current.leadCheckerId }, after: { leadCheckerId: input.leadCheckerId ?? null } });
    }
    if (changed("publishedUrl")) {
      events.push({ ...entry, action: "article.published_url", before: { publishedUrl: current.publishedUrl }, after: { publishedUrl: input.publishedUrl! } });
    }
    if (changed("coverageWaiver")) {
      events.push({ ...entry, action: "article.coverage_waiver", before: { coverageWaiver: current.coverageWaiver }, after: { coverageWaiver: input.coverageWaiver! } });
    }
    if (input.publicationDate !== undefined && input.publicationDate !== currentDate) {
      events.push({ ...entry, action: "article.publication_date", before: { publicationDate: currentDate }, after: { publicationDate: input.publicationDate } });
    }
    await recordActivities(tx, events);
    if (changed("leadCheckerId") && input.leadCheckerId) {
      await notify(tx, actor.id, [{ userId: input.leadCheckerId, kind: "lead_checker", articleId, excerpt: article.title }]);
    }
    return toArticleDto(article);
  });
}
