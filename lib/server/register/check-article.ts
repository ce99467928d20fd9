import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RegisterSourceDto } from "@/lib/dto";
import { MAX_NAMED_HOLDERS, closestNearMiss, registerFlags, type NameCandidate, type RegisterFlag, type TitleHolder } from "@/lib/register/flags";
import { personMentions } from "@/lib/register/mentions";
import { nameTokens, normalizeName, normalizeTitle } from "@/lib/register/normalize";
import type { RawSuggestion } from "@/lib/suggestions/extract";

export type ArticleRegisterFlag = RegisterFlag & { entry: { id: string; name: string; sources: RegisterSourceDto[] } };

/**
 * Compares the people an article names with the register, in a fixed number of statements
 * whatever the register's size: the registered names sharing a first or last word with a name
 * in the article (index lookups), the entries the rules need with their titles and sources,
 * and who holds the titles the article gives.
 */
export async function checkArticleAgainstRegister(db: Prisma.TransactionClient, text: string, suggestions: RawSuggestion[], day: string): Promise<ArticleRegisterFlag[]> {
  const mentions = personMentions(text, suggestions);
  if (mentions.length === 0) return [];
  const names = [...new Set(mentions.map((mention) => normalizeName(mention.name)).filter((name) => name.includes(" ")))];
  if (names.length === 0) return [];
  const tokens = names.map(nameTokens);
  // A near miss keeps the first or the last word intact, so exact index lookups on the words
  // find every candidate (and the exact names) in one statement.
  const rows = await db.registerName.findMany({
    where: {
      OR: [
        { normalized: { in: names } },
        { firstToken: { in: [...new Set(tokens.map((token) => token.firstToken))] } },
        { lastToken: { in: [...new Set(tokens.map((token) => token.lastToken))] } },
      ],
    },
    select: { entryId: true, normalized: true, firstToken: true, lastToken: true },
  });
  if (rows.length === 0) return [];
  const candidates = new Map<string, NameCandidate[]>();
  names.forEach((name, index) => {
    const { firstToken, lastToken } = tokens[index]!;
    const found = rows.filter((row) => row.normalized === name || row.firstToken === firstToken || row.lastToken === lastToken);
    if (found.length > 0)
      candidates.set(
        name,
        found.map((row) => ({ entryId: row.entryId, normalized: row.normalized })),
      );
  });
  // Only entries a rule can speak about are loaded: exact matches (for their titles) and the
  // closest near miss of each name.
  const needed = new Set<string>();
  for (const [written, found] of candidates) {
    const exact = found.filter((candidate) => candidate.normalized === written);
    if (exact.length > 0) exact.forEach((candidate) => needed.add(candidate.entryId));
    else {
      const near = closestNearMiss(written, found);
      if (near) needed.add(near.entryId);
    }
  }
  if (needed.size === 0) return [];
  const titleKeys = [...new Set(mentions.flatMap((mention) => (mention.title ? subsets(normalizeTitle(mention.title).split(" ").filter(Boolean)) : [])))];
  const [entries, holders] = await Promise.all([
    db.registerEntry.findMany({
      where: { id: { in: [...needed] } },
      select: {
        id: true,
        name: true,
        titles: { select: { title: true, normalized: true, from: true, to: true }, orderBy: { position: "asc" } },
        sources: { select: { url: true, title: true, excerpt: true }, orderBy: { position: "asc" } },
      },
    }),
    // Holders are read per title, one more than the rules would name: an office many hold at
    // once ("Mayor", "Senator") names nobody in particular.
    titleKeys.length
      ? db.$queryRaw<Array<TitleHolder>>`
          SELECT h."title", h."normalized", h."from", h."to", h."entryId", h."name"
          FROM unnest(${titleKeys}::text[]) AS k(key)
          CROSS JOIN LATERAL (
            SELECT t."title", t."normalized", t."from", t."to", t."entryId", e."name"
            FROM "RegisterTitle" t JOIN "RegisterEntry" e ON e."id" = t."entryId"
            WHERE t."normalized" = k.key
              AND (t."from" IS NULL OR t."from" <= ${day})
              AND (t."to" IS NULL OR t."to" >= left(${day}, length(t."to")))
            LIMIT ${MAX_NAMED_HOLDERS + 1}
          ) h`
      : Promise.resolve([]),
  ]);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const flags = registerFlags({
    mentions,
    candidates,
    entries: byId,
    holders,
    day,
  });
  return flags.map((flag) => {
    const entry = byId.get(flag.registerEntryId)!;
    return { ...flag, entry: { id: entry.id, name: entry.name, sources: entry.sources } };
  });
}

/** Every non-empty subset of a few title words, each in the sorted form titles are stored in. */
function subsets(words: string[]): string[] {
  const limited = words.slice(0, 6);
  const result: string[] = [];
  for (let mask = 1; mask < 1 << limited.length; mask++)
    result.push(
      limited
        .filter((_, index) => mask & (1 << index))
        .sort()
        .join(" "),
    );
  return result;
}
