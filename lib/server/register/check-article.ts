import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RegisterSourceDto } from "@/lib/dto";
import { checkRegister, type HolderQuery, type RegisterLookup } from "@/lib/register/check";
import type { CheckTime, CheckedEntry, RegisterFlag, TitleHolder } from "@/lib/register/flags";
import type { RawSuggestion } from "@/lib/suggestions/extract";

export type ArticleRegisterFlag = RegisterFlag & { entry: { id: string; name: string; sources: RegisterSourceDto[] } };

/** The register as `checkRegister` reads it: each lookup one SQL statement on indexed columns. */
export function databaseRegister(db: Prisma.TransactionClient): RegisterLookup {
  return {
    names: (names, firstTokens, lastTokens) =>
      db.registerName.findMany({
        where: { OR: [{ normalized: { in: names } }, { firstToken: { in: firstTokens } }, { lastToken: { in: lastTokens } }] },
        select: { entryId: true, normalized: true, firstToken: true, lastToken: true },
      }),
    titles: (keys) => db.$queryRaw<Array<{ normalized: string; jurisdictionKey: string }>>`
      SELECT DISTINCT "normalized", "jurisdictionKey" FROM "RegisterTitle" WHERE "normalized" = ANY(${keys}::text[])`,
    // One statement (not one per relation): each entry with its titles and sources as JSON.
    entries: (ids) => db.$queryRaw<CheckedEntry[]>`
      SELECT e."id", e."name",
             coalesce((SELECT json_agg(json_build_object('title', t."title", 'normalized', t."normalized", 'from', t."from", 'to', t."to",
                                                         'jurisdiction', t."jurisdiction", 'jurisdictionKey', t."jurisdictionKey") ORDER BY t."position")
                       FROM "RegisterTitle" t WHERE t."entryId" = e."id"), '[]'::json) AS "titles",
             coalesce((SELECT json_agg(json_build_object('url', s."url", 'title', s."title", 'excerpt', s."excerpt") ORDER BY s."position")
                       FROM "RegisterSource" s WHERE s."entryId" = e."id"), '[]'::json) AS "sources"
      FROM "RegisterEntry" e WHERE e."id" = ANY(${ids}::text[])`,
    // Per title asked about, the first few holders in the period: an office many hold at once
    // ("Mayor") names nobody in particular, so more than a few are never needed.
    holders: (queries: HolderQuery[], limit: number) =>
      db.$queryRaw<Array<TitleHolder & { query: number }>>`
        SELECT (q.ordinality - 1)::int AS "query", t."title", t."normalized", t."from", t."to", t."jurisdiction", t."jurisdictionKey", t."entryId", e."name",
               coalesce((SELECT json_agg(json_build_object('url', s."url", 'title', s."title", 'excerpt', s."excerpt") ORDER BY s."position")
                         FROM "RegisterSource" s WHERE s."entryId" = t."entryId"), '[]'::json) AS "sources"
        FROM unnest(${queries.map((query) => query.key)}::text[], ${queries.map((query) => query.jurisdiction)}::text[],
                    ${queries.map((query) => query.from)}::text[], ${queries.map((query) => query.to)}::text[])
             WITH ORDINALITY AS q(key, jurisdiction, "from", "to", ordinality)
        CROSS JOIN LATERAL (
          SELECT * FROM "RegisterTitle" r
          WHERE r."normalized" = q.key AND r."toDay" >= q."from" AND r."fromDay" <= q."to"
            AND (q.jurisdiction = '' OR r."jurisdictionKey" IN (q.jurisdiction, ''))
          ORDER BY r."toDay"
          LIMIT ${limit}
        ) t
        JOIN "RegisterEntry" e ON e."id" = t."entryId"`,
  };
}

/**
 * Compares the people an article names with the register, in a fixed number of statements
 * whatever the register's size (two rounds of two), for the day the article speaks for.
 */
export async function checkArticleAgainstRegister(db: Prisma.TransactionClient, text: string, suggestions: RawSuggestion[], day: CheckTime): Promise<ArticleRegisterFlag[]> {
  return (await checkRegister(text, suggestions, day, databaseRegister(db))).flags;
}
