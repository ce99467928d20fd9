import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportClaimInput } from "@/lib/reports/build-report";
import type { ReportComment } from "@/lib/reports/report-schema";
import { sqlEvidenceOf, sqlIsoTime as iso, sqlPerson as person } from "../sql";

// The report reads 1,000 claims with 3,000 sources in one statement: Postgres assembles each
// claim's people and sources as JSON, so the app maps rows instead of stitching the results of
// a query per relation. Timestamps are stored as UTC without a zone; they leave as ISO strings.

const CLAIMS_SQL = `
SELECT c."id", c."quote", c."start", c."end", c."kind"::text AS "kind", c."status"::text AS "status", c."note",
  c."anchorState"::text AS "anchorState", c."needsRecheck", c."previousQuote", c."correctedQuote", c."correctedStatus"::text AS "correctedStatus", c."assigneeId",
  ${person("assignee")} AS "assignee",
  ${person("setter")} AS "statusChangedBy", ${iso('c."statusChangedAt"')} AS "statusChangedAt",
  c."decision"::text AS "decision", c."decisionNote", c."noSourceReason", ${person("decider")} AS "decidedBy", ${iso('c."decidedAt"')} AS "decidedAt",
  COALESCE((
    SELECT json_agg(json_build_object(
      'kind', s."kind", 'confidential', s."confidential", 'url', s."url", 'title', s."title", 'publisher', s."publisher",
      'excerpt', s."excerpt", 'accessedAt', to_char(s."accessedAt", 'YYYY-MM-DD'), 'addedBy', json_build_object('id', adder."id", 'name', adder."name"),
      'evidence', ${sqlEvidenceOf("s")}
    ) ORDER BY s."createdAt", s."id")
    FROM "Source" s JOIN "User" adder ON adder."id" = s."addedById"
    WHERE s."claimId" = c."id"
  ), '[]'::json) AS "sources"
FROM "Claim" c
LEFT JOIN "User" assignee ON assignee."id" = c."assigneeId"
LEFT JOIN "User" setter ON setter."id" = c."statusChangedById"
LEFT JOIN "User" decider ON decider."id" = c."decidedById"
WHERE c."articleId" = $1
ORDER BY c."start" ASC NULLS LAST, c."end" DESC NULLS LAST, c."createdAt" ASC, c."id" ASC`;

const COMMENTS_SQL = `
SELECT cm."claimId", cm."body", ${iso('cm."createdAt"')} AS "createdAt", json_build_object('id', u."id", 'name', u."name") AS "author"
FROM "Comment" cm JOIN "User" u ON u."id" = cm."authorId"
WHERE cm."articleId" = $1
ORDER BY cm."createdAt" ASC, cm."id" ASC`;

/** The article's claims in document order, shaped for the report. */
export async function loadReportClaims(tx: Prisma.TransactionClient, articleId: string): Promise<ReportClaimInput[]> {
  return tx.$queryRawUnsafe<ReportClaimInput[]>(CLAIMS_SQL, articleId);
}

export type ReportDiscussions = { byClaim: Map<string, ReportComment[]>; article: ReportComment[] };

/** Every comment on the article, oldest first: its claims' discussions by claim, and its own. */
export async function loadReportComments(tx: Prisma.TransactionClient, articleId: string): Promise<ReportDiscussions> {
  const rows = await tx.$queryRawUnsafe<Array<ReportComment & { claimId: string | null }>>(COMMENTS_SQL, articleId);
  const discussions: ReportDiscussions = { byClaim: new Map(), article: [] };
  for (const { claimId, ...comment } of rows) {
    if (claimId === null) {
      discussions.article.push(comment);
      continue;
    }
    const list = discussions.byClaim.get(claimId) ?? [];
    list.push(comment);
    discussions.byClaim.set(claimId, list);
  }
  return discussions;
}
