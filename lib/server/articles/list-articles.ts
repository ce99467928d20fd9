import "server-only";
import { createHash } from "node:crypto";
import type { ArticlePageDto, ArticleSummaryDto } from "@/lib/dto";
import { RESOLVED_STATUSES } from "@/lib/claims/vocabulary";
import { encodeListCursor, type ListCursor } from "@/lib/articles/list-cursor";
import { assertCan } from "@/lib/permissions";
import { DEFAULT_PAGE_SIZE, type ArticleSort, type TArticleListQuery } from "@/lib/validation/article-list";
import type { SessionUser } from "../auth/session-user";
import { queryRows, sqlLikeLiteral, sqlPerson } from "../sql";

export type ListArticlesOptions = { actor: SessionUser; query?: Partial<TArticleListQuery> };

// One page of articles in two statements whatever the desk's size: the page's ids found by the
// filters and the sort (an index scan that stops at the page for the usual sorts), then the
// claim counts of those articles only; the total matching the filters is counted alongside.

type SortSpec = { key: string; direction: "ASC" | "DESC" };

const SORTS: Record<ArticleSort, SortSpec> = {
  updated: { key: `a."updatedAt"`, direction: "DESC" },
  created: { key: `a."createdAt"`, direction: "DESC" },
  // lower(): the same order on every Postgres (ICU collations are not everywhere).
  title: { key: `lower(a."title")`, direction: "ASC" },
  relevance: { key: `ts_rank(a."search", websearch_to_tsquery('english', $1))::float8`, direction: "DESC" },
};

/** A summary as Postgres returns it (times as dates), with the key the page was sorted by. */
type Row = Omit<ArticleSummaryDto, "createdAt" | "updatedAt"> & { createdAt: Date; updatedAt: Date; sortKey: string | number | Date };

export async function listArticles({ actor, query = {} }: ListArticlesOptions): Promise<ArticlePageDto> {
  assertCan(actor, "article:read");
  const sort = query.sort ?? (query.q ? "relevance" : "updated");
  const pageSize = query.limit ?? DEFAULT_PAGE_SIZE;
  const page = query.cursor ? null : (query.page ?? 1);

  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const filters: string[] = [];
  // The search is always $1 when there is one (the relevance sort refers to it).
  if (query.q) filters.push(`(a."search" @@ websearch_to_tsquery('english', ${param(query.q)}) OR a."title" ILIKE ${param(`%${sqlLikeLiteral(query.q)}%`)})`);
  if (query.state) filters.push(`a."state" = ${param(query.state)}::"ArticleState"`);
  if (query.lead === "none") filters.push(`a."leadCheckerId" IS NULL`);
  else if (query.lead) filters.push(`a."leadCheckerId" = ${param(query.lead === "me" ? actor.id : query.lead)}`);
  if (query.mine) {
    const me = param(actor.id);
    filters.push(`(a."createdById" = ${me} OR a."leadCheckerId" = ${me} OR EXISTS (SELECT 1 FROM "Claim" m WHERE m."articleId" = a."id" AND m."assigneeId" = ${me}))`);
  }
  if (query.has === "recheck") filters.push(`EXISTS (SELECT 1 FROM "Claim" f WHERE f."articleId" = a."id" AND f."needsRecheck")`);
  else if (query.has) filters.push(`EXISTS (SELECT 1 FROM "Claim" f WHERE f."articleId" = a."id" AND f."status" = ${param(query.has)}::"ClaimStatus")`);
  if (query.updatedSince) filters.push(`a."updatedAt" >= ${param(`${query.updatedSince}T00:00:00Z`)}::timestamptz AT TIME ZONE 'UTC'`);
  const filterValues = values.length;

  const { key, direction } = SORTS[sort];
  const pageFilters = [...filters];
  if (query.cursor) pageFilters.push(afterCursor(key, direction, query.cursor, param));
  const where = (list: string[]) => (list.length ? `WHERE ${list.join(" AND ")}` : "");
  const order = `"sortKey" ${direction}, "id" ASC`;
  const limit = param(pageSize + 1);
  const offset = param(page === null ? 0 : (page - 1) * pageSize);
  const resolved = RESOLVED_STATUSES.map((status) => `'${status}'`).join(", ");

  const pageText = `WITH page AS (
      SELECT a."id", ${key} AS "sortKey" FROM "Article" a ${where(pageFilters)}
      ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT a."id", a."title", a."state", a."createdAt", a."updatedAt", page."sortKey",
           ${sqlPerson("cb")} AS "createdBy", ${sqlPerson("lc")} AS "leadChecker", counts.*
      FROM page
      JOIN "Article" a ON a."id" = page."id"
      JOIN "User" cb ON cb."id" = a."createdById"
      LEFT JOIN "User" lc ON lc."id" = a."leadCheckerId"
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS "claimCount",
               count(*) FILTER (WHERE c."status" IN (${resolved}))::int AS "resolvedCount",
               count(*) FILTER (WHERE c."status" = 'incorrect')::int AS "incorrectCount",
               count(*) FILTER (WHERE c."status" = 'disputed')::int AS "disputedCount",
               count(*) FILTER (WHERE c."needsRecheck")::int AS "recheckCount"
          FROM "Claim" c WHERE c."articleId" = a."id"
      ) counts
     ORDER BY ${order.replace(/"sortKey"/, `page."sortKey"`).replace(/"id"/, `page."id"`)}`;
  const countText = `SELECT count(*)::int AS "total" FROM "Article" a ${where(filters)}`;

  const [rows, [{ total }]] = await Promise.all([
    queryRows<Row>(statement("articles:page", pageText), values),
    queryRows<{ total: number }>(statement("articles:count", countText), values.slice(0, filterValues)) as Promise<[{ total: number }]>,
  ]);
  const more = rows.length > pageSize;
  const shown = more ? rows.slice(0, pageSize) : rows;
  const last = shown.at(-1);
  return {
    articles: shown.map(toSummary),
    total,
    page,
    pageSize,
    nextCursor: more && last ? encodeListCursor(cursorAfter(sort, last)) : null,
  };
}

/** Articles after the cursor's in the sort's order (ids break ties, always ascending). */
function afterCursor(key: string, direction: SortSpec["direction"], cursor: ListCursor, param: (value: unknown) => string): string {
  const after =
    cursor.sort === "updated" || cursor.sort === "created"
      ? `${param(cursor.after)}::timestamptz AT TIME ZONE 'UTC'`
      : cursor.sort === "title"
        ? `${param(cursor.after)}::text`
        : `${param(cursor.after)}::float8`;
  const beyond = direction === "DESC" ? "<" : ">";
  return `(${key} ${beyond} ${after} OR (${key} = ${after} AND a."id" > ${param(cursor.id)}))`;
}

function cursorAfter(sort: ArticleSort, row: Row): ListCursor {
  if (sort === "relevance") return { sort, after: Number(row.sortKey), id: row.id };
  if (sort === "title") return { sort, after: String(row.sortKey), id: row.id };
  return { sort, after: (sort === "created" ? row.createdAt : row.updatedAt).toISOString(), id: row.id };
}

function toSummary({ sortKey: _sortKey, createdAt, updatedAt, ...row }: Row): ArticleSummaryDto {
  return { ...row, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

/** A statement per combination of filters (a few dozen at most), each prepared once per connection. */
function statement(prefix: string, text: string) {
  return { name: `${prefix}:${createHash("sha1").update(text).digest("base64url").slice(0, 16)}`, text };
}
