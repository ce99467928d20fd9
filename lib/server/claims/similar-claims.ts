import "server-only";
import type { SimilarClaimDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { normalizeName } from "@/lib/register/normalize";
import { searchHref } from "@/lib/search/search-kinds";
import { analyzeFact, factTerms } from "@/lib/similarity/fact-terms";
import { rankSimilar, SIMILAR_LIMIT, termWeight, type KnownEntity } from "@/lib/similarity/similarity";
import type { SessionUser } from "../auth/session-user";
import { evidenceFromJson, queryRows, sqlEvidenceOf, sqlIsoTime, sqlPerson, type Statement } from "../sql";
import { sourceReader, toSourceDto } from "../select";

// Candidates from the index, the decision in TypeScript. A claim of the same fact shares at least
// half of this claim's term weight (rankSimilar's threshold, which penalties only raise), so it
// must contain one of the rarest terms that together hold more than half: the statement counts
// each term's claims (up to FREQUENCY_CAP, through the GIN index on the terms), takes those
// rarest terms, and reads the claims holding them, plus the claims holding every term of a
// register name the quote mentions. rankSimilar (the function npm run eval:similar scores) then
// keeps the same facts. Where even the rarest terms are in thousands of claims, the candidates
// are the first CANDIDATES_PER_TERM the index gives for each.
const CANDIDATES_PER_TERM = 100;
const FREQUENCY_CAP = 1_000;

const CLAIM: Statement = { name: "similar-claim", text: `SELECT "id", "articleId", "quote" FROM "Claim" WHERE "id" = $1` };

/** Register names found in the quote ($1: the quote normalized as names are, between spaces) and every name of their entries. */
const ENTITIES: Statement = {
  name: "similar-entities",
  text: `SELECT n."entryId", n."name" FROM "RegisterName" n WHERE n."entryId" IN (
    SELECT m."entryId" FROM "RegisterName" m WHERE $1 LIKE '% ' || m."normalized" || ' %' LIMIT 20)`,
};

/** $1 the claim, $2 its article, $3 its terms, $4 their weights, $5 the names' terms (space-separated), $6 $7 the limits. */
const CANDIDATES: Statement = {
  name: "similar-candidates",
  text: `WITH counted AS (
      SELECT q."term", q."weight",
        (SELECT count(*) FROM (SELECT 1 FROM "Claim" c WHERE string_to_array(c."factKey", ' ') @> ARRAY[q."term"] LIMIT $7) x) AS "claims"
      FROM unnest($3::text[], $4::float8[]) AS q("term", "weight")
    ), ordered AS (
      SELECT "term", coalesce(sum("weight") OVER (ORDER BY "claims", "term" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS "before", sum("weight") OVER () AS "total"
      FROM counted
    ), rarest AS (SELECT "term" FROM ordered WHERE "before" <= "total" / 2),
    found AS (
      SELECT x."id" FROM rarest r
        CROSS JOIN LATERAL (SELECT c."id" FROM "Claim" c WHERE string_to_array(c."factKey", ' ') @> ARRAY[r."term"] AND c."articleId" <> $2 LIMIT $6) x
      UNION
      SELECT x."id" FROM unnest($5::text[]) AS n("terms")
        CROSS JOIN LATERAL (SELECT c."id" FROM "Claim" c WHERE string_to_array(c."factKey", ' ') @> string_to_array(n."terms", ' ') AND c."articleId" <> $2 LIMIT $6) x
    )
    SELECT c."id", c."articleId", a."title" AS "articleTitle", c."quote", c."kind"::text AS "kind", c."status"::text AS "status",
      ${sqlIsoTime('c."statusChangedAt"')} AS "checkedAt", ${sqlPerson("setter")} AS "checkedBy", ${sqlIsoTime('c."createdAt"')} AS "createdAt",
      c."assigneeId", a."leadCheckerId"
    FROM found f JOIN "Claim" c ON c."id" = f."id" JOIN "Article" a ON a."id" = c."articleId"
      LEFT JOIN "User" setter ON setter."id" = c."statusChangedById"
    WHERE c."id" <> $1`,
};

const SOURCES: Statement = {
  name: "similar-sources",
  text: `SELECT s."id", s."claimId", s."kind"::text AS "kind", s."confidential", s."contact", s."url", s."title", s."publisher", s."excerpt", s."accessedAt", s."version",
      s."createdAt", s."updatedAt", ${sqlPerson("adder")} AS "addedBy", ${sqlEvidenceOf("s")} AS "evidence"
    FROM "Source" s JOIN "User" adder ON adder."id" = s."addedById" WHERE s."claimId" = ANY($1::text[]) ORDER BY s."createdAt", s."id"`,
};

/** A candidate as read: what the answer shows, and what decides who may see its confidential sources. */
type Candidate = Pick<SimilarClaimDto, "id" | "quote" | "kind" | "status" | "checkedAt" | "checkedBy" | "createdAt"> & {
  articleId: string;
  articleTitle: string;
  assigneeId: string | null;
  leadCheckerId: string | null;
};
type SourceRow = Omit<Parameters<typeof toSourceDto>[0], "evidence"> & {
  claimId: string;
  evidence: (Omit<Parameters<typeof toSourceDto>[0]["evidence"][number], "createdAt"> & { createdAt: string })[];
};

/** What the register knows by name in `quote`: each entry with all of its names' terms. */
async function entitiesIn(quote: string): Promise<KnownEntity[]> {
  const rows = await queryRows<{ entryId: string; name: string }>(ENTITIES, [` ${normalizeName(quote)} `]);
  const byEntry = new Map<string, string[][]>();
  for (const row of rows) byEntry.set(row.entryId, [...(byEntry.get(row.entryId) ?? []), factTerms(row.name)]);
  return [...byEntry].map(([id, names]) => ({ id, names }));
}

/** Claims in other articles stating the same fact as `claimId`, best first (at most SIMILAR_LIMIT). */
export async function similarClaims({ actor, claimId }: { actor: SessionUser; claimId: string }): Promise<SimilarClaimDto[]> {
  assertCan(actor, "article:read");
  const [claim] = await queryRows<{ id: string; articleId: string; quote: string }>(CLAIM, [claimId]);
  if (!claim) throw notFound("Claim", claimId);
  const { terms, proper } = analyzeFact(claim.quote);
  if (terms.length === 0) return [];
  const entities = await entitiesIn(claim.quote);
  const names = [...new Set(entities.flatMap((entity) => entity.names.map((name) => name.join(" ")).filter(Boolean)))];
  const weights = terms.map((term) => termWeight(term, proper.has(term)));
  const candidates = await queryRows<Candidate>(CANDIDATES, [claim.id, claim.articleId, terms, weights, names, CANDIDATES_PER_TERM, FREQUENCY_CAP]);
  // The same fact first; among equals, the one checked (or marked) most recently.
  const recency = (candidate: Candidate) => candidate.checkedAt ?? candidate.createdAt;
  const ranked = rankSimilar(
    claim.quote,
    [...candidates].sort((a, b) => recency(b).localeCompare(recency(a))),
    { textOf: (candidate) => candidate.quote, entities, limit: SIMILAR_LIMIT },
  );
  if (ranked.length === 0) return [];
  const sources = await queryRows<SourceRow>(SOURCES, [ranked.map(({ candidate }) => candidate.id)]);
  return ranked.map(({ candidate, score }) => {
    const reader = sourceReader(actor, { assigneeId: candidate.assigneeId, article: { leadCheckerId: candidate.leadCheckerId } });
    return {
      id: candidate.id,
      href: searchHref.claim(candidate.articleId, candidate.id),
      article: { id: candidate.articleId, title: candidate.articleTitle },
      quote: candidate.quote,
      kind: candidate.kind,
      status: candidate.status,
      checkedAt: candidate.checkedAt,
      checkedBy: candidate.checkedBy,
      createdAt: candidate.createdAt,
      score: Math.round(score * 100) / 100,
      sources: sources.filter((source) => source.claimId === candidate.id).map((source) => toSourceDto({ ...source, evidence: evidenceFromJson(source.evidence) }, reader)),
    };
  });
}
