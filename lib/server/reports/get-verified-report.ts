import "server-only";
import { buildVerifiedReport, type VerifiedReport } from "@/lib/reports/verified-report";
import { getArticle } from "../articles/get-article";
import type { SessionUser } from "../auth/current-user";
import { listClaims } from "../claims/list-claims";

export type GetVerifiedReportOptions = { actor: SessionUser; articleId: string; now?: Date };

export async function getVerifiedReport({ actor, articleId, now = new Date() }: GetVerifiedReportOptions): Promise<VerifiedReport> {
  const [article, claims] = await Promise.all([getArticle({ actor, articleId }), listClaims({ actor, articleId })]);
  return buildVerifiedReport({ article, claims, generatedBy: actor, generatedAt: now });
}
