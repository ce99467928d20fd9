import "server-only";
import { assertCan, can, canSeeConfidentialSource } from "@/lib/permissions";
import { normalizeName, normalizeTitle } from "@/lib/register/normalize";
import {
  MATCHES_RANKED,
  RESULTS_PER_KIND,
  RESULTS_PER_PAGE,
  SEARCH_KINDS,
  searchHref,
  type ArticleHit,
  type ClaimHit,
  type CommentHit,
  type SearchHit,
  type RegisterHit,
  type SearchGroup,
  type SearchKind,
  type SearchResultsDto,
  type SourceHit,
} from "@/lib/search/search-kinds";
import { headlineOptions, snippetSegments } from "@/lib/search/snippet";
import type { TSearchQuery } from "@/lib/validation/search";
import type { SessionUser } from "../auth/session-user";
import { queryRows, sqlIsoTime, sqlLikeLiteral, type Statement } from "../sql";

// One search across the desk: each kind is one statement (run side by side on the pool) that
// finds its matches with an index (full-text GIN, or trigrams for names), ranks at most
// MATCHES_RANKED of them, and returns one page with ts_headline's snippets, computed for that
// page only. Every statement starts from a row giving the number of matches, so an empty page
// still says how many there are.
//
// Parameters common to every statement: $1 the words (websearch syntax), $2 page size,
// $3 offset, $4 MATCHES_RANKED; and for the kinds with snippets, $5 ts_headline's options for a
// fragment of a long text, and (articles, sources) $6 for a title shown whole.

// One passage around the best match (a short text whole; fragments would trim even a short note's edges).
const FRAGMENT = headlineOptions("MaxWords=35, MinWords=15");
const WHOLE = headlineOptions("HighlightAll=true");

/** The page of a kind's results, ranked, beside the count of its matches. */
const ranked = (hits: string, rows: string) => `
WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
hits AS (${hits} LIMIT $4),
page AS (SELECT h."id", h."rank" FROM hits h ORDER BY h."rank" DESC, h."id" LIMIT $2 OFFSET $3)
SELECT t."total", r.* FROM (SELECT count(*)::int AS "total" FROM hits) t
LEFT JOIN LATERAL (${rows}) r ON true`;

const STATEMENTS: Record<SearchKind, Statement> = {
  // Title and text by their full-text vector (the title weighs more), and part of a title word
  // ("Lisb") by the title's trigram index.
  articles: {
    name: "search-articles",
    text: ranked(
      `SELECT a."id", ts_rank(a."search", q.query) AS "rank" FROM "Article" a, q WHERE a."search" @@ q.query OR a."title" ILIKE $7`,
      `SELECT a."id", ts_headline('english', a."title", q.query, $6) AS "title", ts_headline('english', left(a."text", 20000), q.query, $5) AS "snippet",
         a."state"::text AS "state", ${sqlIsoTime('a."updatedAt"')} AS "updatedAt"
       FROM page p JOIN "Article" a ON a."id" = p."id", q ORDER BY p."rank" DESC, p."id"`,
    ),
  },
  // Quote and note (the quote weighs more).
  claims: {
    name: "search-claims",
    text: ranked(
      `SELECT c."id", ts_rank(c."search", q.query) AS "rank" FROM "Claim" c, q WHERE c."search" @@ q.query`,
      `SELECT c."id", c."articleId", a."title" AS "articleTitle", ts_headline('english', left(c."quote", 20000), q.query, $5) AS "quote",
         CASE WHEN c."note" <> '' AND to_tsvector('english', left(c."note", 20000)) @@ q.query THEN ts_headline('english', left(c."note", 20000), q.query, $5) END AS "note",
         c."kind"::text AS "claimKind", c."status"::text AS "status", ${sqlIsoTime('c."updatedAt"')} AS "updatedAt"
       FROM page p JOIN "Claim" c ON c."id" = p."id" JOIN "Article" a ON a."id" = c."articleId", q ORDER BY p."rank" DESC, p."id"`,
    ),
  },
  // Title, publisher, excerpt and address. A confidential source is matched only for a reader
  // who may see its details: canSeeConfidentialSource (lib/permissions.ts) written as SQL, $7
  // whether the reader's role sees every source, $8 the reader; the rows are checked against
  // that function again on the way out.
  sources: {
    name: "search-sources",
    text: ranked(
      `SELECT s."id", ts_rank(s."search", q.query) AS "rank" FROM "Source" s JOIN "Claim" c ON c."id" = s."claimId" JOIN "Article" a ON a."id" = c."articleId", q
       WHERE s."search" @@ q.query AND (NOT s."confidential" OR $7::boolean OR c."assigneeId" = $8 OR a."leadCheckerId" = $8 OR s."addedById" = $8)`,
      `SELECT s."id", c."id" AS "claimId", c."quote" AS "claimQuote", c."articleId", a."title" AS "articleTitle", s."kind"::text AS "sourceKind", s."confidential",
         s."url", ts_headline('english', s."title", q.query, $6) AS "title", s."publisher", ts_headline('english', left(s."excerpt", 20000), q.query, $5) AS "excerpt",
         c."assigneeId", a."leadCheckerId", s."addedById"
       FROM page p JOIN "Source" s ON s."id" = p."id" JOIN "Claim" c ON c."id" = s."claimId" JOIN "Article" a ON a."id" = c."articleId", q
       ORDER BY p."rank" DESC, p."id"`,
    ),
  },
  // Claims' discussions and articles' discussions alike.
  comments: {
    name: "search-comments",
    text: ranked(
      `SELECT cm."id", ts_rank(cm."search", q.query) AS "rank" FROM "Comment" cm, q WHERE cm."search" @@ q.query`,
      `SELECT cm."id", cm."articleId", a."title" AS "articleTitle", cm."claimId", c."quote" AS "claimQuote", u."id" AS "authorId", u."name" AS "authorName",
         ${sqlIsoTime('cm."createdAt"')} AS "createdAt", ts_headline('english', left(cm."body", 20000), q.query, $5) AS "body"
       FROM page p JOIN "Comment" cm ON cm."id" = p."id" JOIN "Article" a ON a."id" = cm."articleId" JOIN "User" u ON u."id" = cm."authorId"
         LEFT JOIN "Claim" c ON c."id" = cm."claimId", q
       ORDER BY p."rank" DESC, p."id"`,
    ),
  },
  // Names by trigrams (a misspelling or part of a name: $5 the words normalized as names are,
  // $6 a LIKE pattern of them), titles by part ($7, a LIKE pattern or ''), notes by their words.
  register: {
    name: "search-register",
    text: ranked(
      `SELECT m."id", max(m."rank") AS "rank" FROM (
         SELECT n."entryId" AS "id", word_similarity($5, n."normalized") AS "rank" FROM "RegisterName" n WHERE $5 <% n."normalized" OR n."normalized" LIKE $6
         UNION ALL SELECT t."entryId", 0.5 FROM "RegisterTitle" t WHERE t."normalized" LIKE $7
         UNION ALL SELECT e."id", 0.4 FROM "RegisterEntry" e, q WHERE e."notes" <> '' AND to_tsvector('english', e."notes") @@ q.query
       ) m GROUP BY m."id"`,
      `SELECT e."id", e."name", e."kind"::text AS "entryKind",
         (SELECT n."name" FROM "RegisterName" n WHERE n."entryId" = e."id" AND n."name" <> e."name" AND ($5 <% n."normalized" OR n."normalized" LIKE $6)
           ORDER BY word_similarity($5, n."normalized") DESC LIMIT 1) AS "matchedName",
         ARRAY(SELECT t."title" FROM "RegisterTitle" t WHERE t."entryId" = e."id" ORDER BY t."toDay" DESC, t."position" LIMIT 3) AS "titles"
       FROM page p JOIN "RegisterEntry" e ON e."id" = p."id" ORDER BY p."rank" DESC, p."id"`,
    ),
  },
};

type Counted<R> = { total: number } & ({ id: null } | ({ id: string } & R));

type ArticleRow = { title: string; snippet: string; state: ArticleHit["state"]; updatedAt: string };
type ClaimRow = { articleId: string; articleTitle: string; quote: string; note: string | null; claimKind: ClaimHit["claimKind"]; status: ClaimHit["status"]; updatedAt: string };
type SourceRow = {
  claimId: string;
  claimQuote: string;
  articleId: string;
  articleTitle: string;
  sourceKind: SourceHit["sourceKind"];
  confidential: boolean;
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  assigneeId: string | null;
  leadCheckerId: string | null;
  addedById: string;
};
type CommentRow = {
  articleId: string;
  articleTitle: string;
  claimId: string | null;
  claimQuote: string | null;
  authorId: string;
  authorName: string;
  createdAt: string;
  body: string;
};
type RegisterRow = { name: string; entryKind: RegisterHit["entryKind"]; matchedName: string | null; titles: string[] };

/** The desk's matches for `query.q`, as `actor` may read them. */
export async function searchDesk({ actor, query }: { actor: SessionUser; query: TSearchQuery }): Promise<SearchResultsDto> {
  assertCan(actor, "article:read");
  const page = query.page ?? 1;
  const size = query.kind ? RESULTS_PER_PAGE : RESULTS_PER_KIND;
  const kinds = query.kind ? [query.kind] : SEARCH_KINDS;
  const groups = await Promise.all(kinds.map((kind) => searchKind(kind, actor, query.q, size, (page - 1) * size)));
  return { q: query.q, groups, page };
}

async function searchKind(kind: SearchKind, actor: SessionUser, q: string, size: number, offset: number): Promise<SearchGroup> {
  const common = [q, size, offset, MATCHES_RANKED];
  const fragments = [...common, FRAGMENT];
  const titled = [...fragments, WHOLE];
  const like = (text: string) => `%${sqlLikeLiteral(text)}%`;
  switch (kind) {
    case "articles": {
      const rows = await queryRows<Counted<ArticleRow>>(STATEMENTS.articles, [...titled, like(q)]);
      return group<ArticleHit, ArticleRow>("articles", rows, (row) => ({
        kind: "articles",
        id: row.id,
        href: searchHref.article(row.id),
        title: snippetSegments(row.title),
        snippet: snippetSegments(row.snippet),
        state: row.state,
        updatedAt: row.updatedAt,
      }));
    }
    case "claims": {
      const rows = await queryRows<Counted<ClaimRow>>(STATEMENTS.claims, fragments);
      return group<ClaimHit, ClaimRow>("claims", rows, (row) => ({
        kind: "claims",
        id: row.id,
        href: searchHref.claim(row.articleId, row.id),
        article: { id: row.articleId, title: row.articleTitle },
        quote: snippetSegments(row.quote),
        note: row.note === null ? null : snippetSegments(row.note),
        claimKind: row.claimKind,
        status: row.status,
        updatedAt: row.updatedAt,
      }));
    }
    case "sources": {
      const rows = await queryRows<Counted<SourceRow>>(STATEMENTS.sources, [...titled, can(actor.role, "source:confidential"), actor.id]);
      return group<SourceHit, SourceRow>("sources", rows, (row) =>
        // The SQL matched only what the reader may see; the permission table has the last word.
        row.confidential && !canSeeConfidentialSource(actor, row)
          ? null
          : {
              kind: "sources",
              id: row.id,
              href: searchHref.claim(row.articleId, row.claimId),
              article: { id: row.articleId, title: row.articleTitle },
              claim: { id: row.claimId, quote: row.claimQuote },
              sourceKind: row.sourceKind,
              confidential: row.confidential,
              url: row.url,
              title: snippetSegments(row.title),
              publisher: row.publisher,
              excerpt: snippetSegments(row.excerpt),
            },
      );
    }
    case "comments": {
      const rows = await queryRows<Counted<CommentRow>>(STATEMENTS.comments, fragments);
      return group<CommentHit, CommentRow>("comments", rows, (row) => ({
        kind: "comments",
        id: row.id,
        href: row.claimId ? searchHref.claim(row.articleId, row.claimId) : searchHref.article(row.articleId),
        article: { id: row.articleId, title: row.articleTitle },
        claim: row.claimId ? { id: row.claimId, quote: row.claimQuote ?? "" } : null,
        author: { id: row.authorId, name: row.authorName },
        createdAt: row.createdAt,
        body: snippetSegments(row.body),
      }));
    }
    case "register": {
      const name = normalizeName(q);
      const title = normalizeTitle(q);
      const rows = await queryRows<Counted<RegisterRow>>(STATEMENTS.register, [...common, name, name ? like(name) : "", title ? like(title) : ""]);
      return group<RegisterHit, RegisterRow>("register", rows, (row) => ({
        kind: "register",
        id: row.id,
        href: searchHref.register(row.name),
        name: row.name,
        entryKind: row.entryKind,
        matchedName: row.matchedName,
        titles: row.titles,
      }));
    }
  }
}

function group<H extends SearchHit, R>(kind: H["kind"], rows: Counted<R>[], toHit: (row: { id: string } & R) => H | null): SearchGroup<H> {
  const total = rows[0]?.total ?? 0;
  const results = rows.flatMap((row) => {
    if (row.id === null) return [];
    const hit = toHit(row);
    return hit ? [hit] : [];
  });
  return { kind, total, capped: total >= MATCHES_RANKED, results };
}
