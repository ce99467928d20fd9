import "server-only";
import { ALL_CLAIMS, buildReport } from "@/lib/reports/build-report";
import type { Report, ReportComment, ReportFilters, ReportType } from "@/lib/reports/report-schema";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { articleSelect, toArticleDto } from "../articles/article-select";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { loadReportClaims, loadReportComments } from "./report-rows";
import { coverageFromRows } from "@/lib/suggestions/suggestions";

export type GetReportOptions = { actor: SessionUser; articleId: string; type: ReportType; filters?: ReportFilters; now?: Date };

/**
 * Loads what a report needs in a fixed number of queries (article, latest revision, claims with
 * sources, dismissed suggestions for the coverage, and the discussions only when asked for), all
 * from one snapshot, so the text fingerprint and every claim's offsets describe the same version
 * of the article.
 */
export async function getReport({ actor, articleId, type, filters = ALL_CLAIMS, now = new Date() }: GetReportOptions): Promise<Report> {
  assertCan(actor, "article:read");
  const { article, revision, claims, comments, dismissals } = await getDb().$transaction(
    async (tx) => {
      const [article, revision, claims, comments, dismissals] = await Promise.all([
        tx.article.findUnique({ where: { id: articleId }, select: articleSelect }),
        tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { number: true } }),
        loadReportClaims(tx, articleId),
        filters.comments ? loadReportComments(tx, articleId) : { byClaim: new Map<string, ReportComment[]>(), article: [] },
        tx.suggestionDismissal.findMany({ where: { articleId }, select: { kind: true, quote: true } }),
      ]);
      return { article, revision, claims, comments, dismissals };
    },
    { isolationLevel: "RepeatableRead" },
  );
  if (!article) throw notFound("Article", articleId);
  const coverage = coverageFromRows({ text: article.text, claims, dismissals });
  return buildReport({
    coverage,
    type,
    article: toArticleDto(article),
    revision: revision?.number ?? null,
    claims,
    comments: comments.byClaim,
    articleComments: comments.article,
    filters,
    generatedBy: actor,
    generatedAt: now,
  });
}
