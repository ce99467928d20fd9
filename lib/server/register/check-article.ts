import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RegisterSourceDto } from "@/lib/dto";
import { registerFlags, type CheckedEntry, type NameCandidate, type RegisterFlag, type TitleHolder } from "@/lib/register/flags";
import { personMentions } from "@/lib/register/mentions";
import { normalizeName, normalizeTitle } from "@/lib/register/normalize";
import type { RawSuggestion } from "@/lib/suggestions/extract";

export type ArticleRegisterFlag = RegisterFlag & { entry: { id: string; name: string; sources: RegisterSourceDto[] } };

/** Most names a mention is compared with; the closest by trigram similarity. */
const CANDIDATES_PER_NAME = 5;

/**
 * Compares the people an article names with the register, in three statements whatever the
 * register's size: similar names through the trigram index, the matched entries with their
 * titles and sources, and who holds the titles the article gives.
 */
export async function checkArticleAgainstRegister(db: Prisma.TransactionClient, text: string, suggestions: RawSuggestion[], day: string): Promise<ArticleRegisterFlag[]> {
  const mentions = personMentions(text, suggestions);
  if (mentions.length === 0) return [];
  const names = [...new Set(mentions.map((mention) => normalizeName(mention.name)).filter(Boolean))];
  const rows = await db.$queryRaw<Array<{ query: string; entryId: string; normalized: string }>>`
    SELECT q.name AS "query", n."entryId", n."normalized"
    FROM unnest(${names}::text[]) AS q(name)
    CROSS JOIN LATERAL (
      SELECT r."entryId", r."normalized" FROM "RegisterName" r
      WHERE r."normalized" % q.name
      ORDER BY similarity(r."normalized", q.name) DESC
      LIMIT ${CANDIDATES_PER_NAME}
    ) n`;
  if (rows.length === 0) return [];
  const candidates = new Map<string, NameCandidate[]>();
  for (const row of rows) candidates.set(row.query, [...(candidates.get(row.query) ?? []), { entryId: row.entryId, normalized: row.normalized }]);

  const titleKeys = [...new Set(mentions.flatMap((mention) => (mention.title ? subsets(normalizeTitle(mention.title).split(" ").filter(Boolean)) : [])))];
  const [entries, holders] = await Promise.all([
    db.registerEntry.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.entryId))] } },
      select: {
        id: true,
        name: true,
        titles: { select: { title: true, normalized: true, from: true, to: true }, orderBy: { position: "asc" } },
        sources: { select: { url: true, title: true, excerpt: true }, orderBy: { position: "asc" } },
      },
    }),
    titleKeys.length
      ? db.registerTitle.findMany({ where: { normalized: { in: titleKeys } }, select: { title: true, normalized: true, from: true, to: true, entryId: true, entry: { select: { name: true } } } })
      : Promise.resolve([]),
  ]);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const flags = registerFlags({
    mentions,
    candidates,
    entries: byId as ReadonlyMap<string, CheckedEntry>,
    holders: holders.map(({ entry, ...title }): TitleHolder => ({ ...title, name: entry.name })),
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
  for (let mask = 1; mask < 1 << limited.length; mask++) result.push(limited.filter((_, index) => mask & (1 << index)).sort().join(" "));
  return result;
}
