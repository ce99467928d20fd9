import "server-only";
import { ALL_CLAIMS, buildReport } from "@/lib/reports/build-report";
import type { Report, ReportComment, ReportFilters, ReportType } from "@/lib/reports/report-schema";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { articleSelect, toArticleDto } from "../articles/article-select";
import type { SessionUser } from "../auth/current-user";
import { getDb } from "../db";
import { claimDocumentOrder, claimSelect, personSelect, toClaimDto } from "../select";

export type GetReportOptions = { actor: SessionUser; articleId: string; type: ReportType; filters?: ReportFilters; now?: Date };

/**
 * Loads what a report needs in a fixed number of queries (article, latest revision, claims with
 * sources, and the discussions only when asked for), all from one snapshot, so the text
 * fingerprint and every claim's offsets describe the same version of the article.
 */
export async function getReport({ actor, articleId, type, filters = ALL_CLAIMS, now = new Date() }: GetReportOptions): Promise<Report> {
  assertCan(actor, "article:read");
  const { article, revision, claims, comments } = await getDb().$transaction(
    async (tx) => {
      const [article, revision, claims] = await Promise.all([
        tx.article.findUnique({ where: { id: articleId }, select: articleSelect }),
        tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { number: true } }),
        tx.claim.findMany({ where: { articleId }, orderBy: claimDocumentOrder, select: claimSelect }),
      ]);
      const comments = filters.comments
        ? await tx.comment.findMany({
            where: { claim: { articleId } },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { claimId: true, body: true, createdAt: true, author: personSelect },
          })
        : [];
      return { article, revision, claims, comments };
    },
    { isolationLevel: "RepeatableRead" },
  );
  if (!article) throw notFound("Article", articleId);
  const commentsByClaim = new Map<string, ReportComment[]>();
  for (const comment of comments) {
    const list = commentsByClaim.get(comment.claimId) ?? [];
    list.push({ author: comment.author, body: comment.body, createdAt: comment.createdAt.toISOString() });
    commentsByClaim.set(comment.claimId, list);
  }
  return buildReport({
    type,
    article: toArticleDto(article),
    revision: revision?.number ?? null,
    claims: claims.map(toClaimDto),
    comments: commentsByClaim,
    filters,
    generatedBy: actor,
    generatedAt: now,
  });
}
