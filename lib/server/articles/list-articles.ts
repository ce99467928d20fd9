import "server-only";
import type { ArticleSummaryDto } from "@/lib/dto";
import { RESOLVED_STATUSES } from "@/lib/claims/vocabulary";
import { assertCan } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { personSelect } from "../select";

export type ListArticlesOptions = { actor: SessionUser };

/** Every article with its claim counts, newest first, in two queries whatever the number of claims. */
export async function listArticles({ actor }: ListArticlesOptions): Promise<ArticleSummaryDto[]> {
  assertCan(actor, "article:read");
  const db = getDb();
  const [articles, resolved] = await Promise.all([
    db.article.findMany({
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { id: true, title: true, state: true, updatedAt: true, createdBy: personSelect, _count: { select: { claims: true } } },
    }),
    db.claim.groupBy({ by: ["articleId"], where: { status: { in: [...RESOLVED_STATUSES] } }, _count: { _all: true } }),
  ]);
  const resolvedByArticle = new Map(resolved.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({
    id: article.id,
    title: article.title,
    state: article.state,
    updatedAt: article.updatedAt.toISOString(),
    createdBy: article.createdBy,
    claimCount: article._count.claims,
    resolvedCount: resolvedByArticle.get(article.id) ?? 0,
  }));
}
