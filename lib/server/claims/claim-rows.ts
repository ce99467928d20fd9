import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimDto } from "@/lib/dto";
import type { SessionUser } from "../auth/session-user";
import { evidenceFromJson, queryRows, sqlEvidenceOf, sqlIsoTime as iso, sqlPersonById as person, type Statement } from "../sql";
import { toClaimDto, type ClaimRow } from "../select";
import {
  CLAIM_LIST_CHANGES,
  claimListReadStarts,
  confirmClaimList,
  forgetClaimList,
  rememberClaimList,
  rememberedClaimList,
  sqlClaimListMark,
  type ClaimListCheck,
  type ClaimListMark,
} from "./remembered-claim-lists";
import { rememberClaimStates } from "./remembered-claim-states";

// Claims as the API returns them, read in one statement: Postgres looks up the people, counts the
// comments and assembles each claim's sources as JSON. The rows have the shape of Prisma's
// `claimSelect`, so `toClaimDto` (and its confidentiality rule) is the one way out either way;
// Prisma would send a statement per relation and compile each on every call. The people are
// subqueries by key rather than six joins: the planner then has no join order to search
// (planning took ~3x as long), and no join to turn into hash joins over the whole table when its
// estimate of an article's claims is off.

const SELECT_CLAIMS = `
SELECT c."id", c."articleId", c."quote", c."prefix", c."suffix", c."start", c."end", c."kind"::text AS "kind", c."status"::text AS "status",
  c."note", c."anchorState"::text AS "anchorState", c."needsRecheck", c."previousQuote", c."correctedQuote", c."correctedStatus"::text AS "correctedStatus",
  c."version", c."createdAt", c."updatedAt", c."statusChangedAt",
  ${person('c."createdById"')} AS "createdBy", ${person('c."updatedById"')} AS "updatedBy", ${person('c."statusChangedById"')} AS "statusChangedBy",
  c."assigneeId", ${person('c."assigneeId"')} AS "assignee",
  c."decision"::text AS "decision", c."decisionNote", c."noSourceReason", c."hint", ${person('c."decidedById"')} AS "decidedBy", c."decidedAt",
  c."threadResolvedAt", ${person('c."threadResolvedById"')} AS "threadResolvedBy",
  (SELECT count(*)::int FROM "Comment" cm WHERE cm."claimId" = c."id") AS "commentCount",
  to_json(ARRAY(
    SELECT json_build_object(
      'id', s."id", 'claimId', s."claimId", 'kind', s."kind", 'confidential', s."confidential", 'contact', s."contact", 'url', s."url",
      'title', s."title", 'publisher', s."publisher", 'excerpt', s."excerpt", 'accessedAt', ${iso('s."accessedAt"')}, 'version', s."version",
      'createdAt', ${iso('s."createdAt"')}, 'updatedAt', ${iso('s."updatedAt"')}, 'addedBy', json_build_object('id', adder."id", 'name', adder."name"),
      'evidence', ${sqlEvidenceOf("s")}
    )
    FROM "Source" s JOIN "User" adder ON adder."id" = s."addedById"
    WHERE s."claimId" = c."id" ORDER BY s."createdAt", s."id"
  )) AS "sources",
  to_json(ARRAY(
    SELECT json_build_object(
      'id', p."id", 'claimId', p."claimId", 'quote', p."quote", 'replacement', p."replacement", 'note', p."note", 'state', p."state",
      'proposedBy', json_build_object('id', proposer."id", 'name', proposer."name"), 'createdAt', ${iso('p."createdAt"')},
      'decidedBy', NULL, 'decidedAt', NULL, 'decisionNote', p."decisionNote", 'revision', p."revision"
    )
    FROM "Proposal" p JOIN "User" proposer ON proposer."id" = p."proposedById"
    WHERE p."claimId" = c."id" AND p."state" = 'open' ORDER BY p."createdAt", p."id"
  )) AS "proposals",
  a."leadCheckerId"`;

/**
 * Starts from the article, so one statement also says whether it exists (no row) or has no
 * claims (one row without a claim). Document order: by start, the longer (enclosing) claim first,
 * then oldest first; orphans last (as `claimDocumentOrder`).
 */
const ARTICLE_CLAIMS: Statement = {
  name: "claims-of-article",
  text: `${SELECT_CLAIMS}, ${sqlClaimListMark("a")} FROM "Article" a LEFT JOIN "Claim" c ON c."articleId" = a."id"
    WHERE a."id" = $1 ORDER BY c."start" ASC NULLS LAST, c."end" DESC NULLS LAST, c."createdAt" ASC, c."id" ASC`,
};
/**
 * The API's claim rows for the claims in `relation` (a table or a CTE with the Claim table's
 * columns, such as the RETURNING of a write): a write answers with what it wrote in the same
 * statement. Comments and sources are read from their tables.
 */
export const claimRowsOf = (relation: string) => `${SELECT_CLAIMS} FROM ${relation} c JOIN "Article" a ON a."id" = c."articleId"`;

const ONE_CLAIM: Statement = { name: "claim-by-id", text: `${claimRowsOf('"Claim"')} WHERE c."id" = $1` };

type SqlEvidence = Omit<ClaimRow["sources"][number]["evidence"][number], "createdAt"> & { createdAt: string };
type SqlSource = Omit<ClaimRow["sources"][number], "accessedAt" | "createdAt" | "updatedAt" | "evidence"> & {
  accessedAt: string | null;
  createdAt: string;
  updatedAt: string;
  evidence: SqlEvidence[];
};
type SqlProposal = Omit<ClaimRow["proposals"][number], "createdAt" | "decidedAt"> & { createdAt: string; decidedAt: null };
export type SqlClaimRow = Omit<ClaimRow, "_count" | "article" | "sources" | "proposals"> & {
  commentCount: number;
  leadCheckerId: string | null;
  sources: SqlSource[];
  proposals: SqlProposal[];
};

export function toClaimRow({ commentCount, leadCheckerId, sources, proposals, ...row }: SqlClaimRow): ClaimRow {
  return {
    ...row,
    proposals: proposals.map((proposal) => ({ ...proposal, createdAt: new Date(proposal.createdAt), decidedAt: null })),
    _count: { comments: commentCount },
    article: { leadCheckerId },
    sources: sources.map((source) => ({
      ...source,
      accessedAt: source.accessedAt === null ? null : new Date(source.accessedAt),
      createdAt: new Date(source.createdAt),
      updatedAt: new Date(source.updatedAt),
      evidence: evidenceFromJson(source.evidence),
    })),
  };
}

/**
 * The article's claims in document order, for `actor`, or null when there is no such article:
 * one statement, or from memory after one cheap check that nothing changed since
 * (remembered-claim-lists.ts).
 */
export async function claimDtosOfArticle(articleId: string, actor: Pick<SessionUser, "id" | "role">): Promise<ClaimDto[] | null> {
  const rows = await claimRowsOfArticle(articleId);
  return rows && rows.map((row) => toClaimDto(row, actor));
}

/** A row of the list that holds a claim (an article without claims gives one row without). */
const isClaim = <R extends { id: string | null }>(row: R): row is Extract<R, { id: string }> => row.id !== null;

async function claimRowsOfArticle(articleId: string): Promise<readonly ClaimRow[] | null> {
  const known = rememberedClaimList(articleId);
  if (known) {
    const [check] = await queryRows<ClaimListCheck>(CLAIM_LIST_CHANGES, [articleId, known.snapshot]);
    if (!check) {
      forgetClaimList(articleId);
      return null;
    }
    if (!check.logged && check.articleRow === known.articleRow) {
      confirmClaimList(articleId, known, check.snapshot);
      return known.rows;
    }
  }
  const readStarted = claimListReadStarts();
  const found = await queryRows<(SqlClaimRow | { id: null }) & ClaimListMark>(ARTICLE_CLAIMS, [articleId]);
  if (found.length === 0) {
    forgetClaimList(articleId);
    return null;
  }
  const { articleRow, snapshot } = found[0]!;
  // The mark is the list's, not a claim's: it stays out of the rows (and so out of the DTOs).
  const rows = found.filter(isClaim).map(({ articleRow: _row, snapshot: _snapshot, ...row }) => toClaimRow(row));
  rememberClaimList(articleId, { rows, articleRow, snapshot }, readStarted);
  rememberClaimStates(rows);
  return rows;
}

/** One claim, read inside the caller's transaction (so a write answers with what it wrote). */
export async function claimRowInTransaction(tx: Prisma.TransactionClient, claimId: string): Promise<ClaimRow | null> {
  const [row] = await queryRows<SqlClaimRow>(ONE_CLAIM, [claimId], tx);
  return row ? toClaimRow(row) : null;
}

/** One claim as `actor` may see it, read inside the caller's transaction. */
export async function claimDtoInTransaction(tx: Prisma.TransactionClient, claimId: string, actor: Pick<SessionUser, "id" | "role">): Promise<ClaimDto | null> {
  const row = await claimRowInTransaction(tx, claimId);
  return row ? toClaimDto(row, actor) : null;
}
