import { endOf, startOf, termDays } from "./dates";
import { registeredTitle, type CheckedEntry, type TitleHolder } from "./flags";
import type { HolderQuery, NameRow, RegisterLookup } from "./check";
import { nameTokens, normalizeName } from "./normalize";

// A register held in memory, answering the same lookups as the database does (same matching
// rules, same limits), for the evaluation set and for unit tests of the rules.

export type MemoryEntry = {
  id: string;
  name: string;
  variants?: string[];
  titles: Array<{ title: string; from?: string | null; to?: string | null; jurisdiction?: string }>;
  sources?: Array<{ url: string; title?: string }>;
};

export function memoryRegister(list: MemoryEntry[]): RegisterLookup {
  const names: NameRow[] = list.flatMap((entry) =>
    [...new Set([entry.name, ...(entry.variants ?? [])].map(normalizeName))].map((normalized) => ({ entryId: entry.id, normalized, ...nameTokens(normalized) })),
  );
  const entries = new Map<string, CheckedEntry>(
    list.map((entry) => [
      entry.id,
      {
        id: entry.id,
        name: entry.name,
        titles: entry.titles.map(registeredTitle),
        sources: (entry.sources ?? []).map((source) => ({ url: source.url, title: source.title ?? "", excerpt: "" })),
      },
    ]),
  );
  const titles = [...entries.values()].flatMap((entry) => entry.titles.map((title) => ({ ...title, entryId: entry.id, name: entry.name, sources: entry.sources })));
  return {
    names(wanted, firstTokens, lastTokens) {
      const [exact, first, last] = [new Set(wanted), new Set(firstTokens), new Set(lastTokens)];
      return Promise.resolve(names.filter((row) => exact.has(row.normalized) || first.has(row.firstToken) || last.has(row.lastToken)));
    },
    titles(keys) {
      const wanted = new Set(keys);
      const seen = new Map(titles.filter((title) => wanted.has(title.normalized)).map((title) => [`${title.normalized}\u0000${title.jurisdictionKey}`, title]));
      return Promise.resolve([...seen.values()].map((title) => ({ normalized: title.normalized, jurisdictionKey: title.jurisdictionKey })));
    },
    entries(ids) {
      return Promise.resolve(ids.flatMap((id) => entries.get(id) ?? []));
    },
    holders(queries: HolderQuery[], limit: number) {
      const found = queries.flatMap((query, index) =>
        titles
          .filter(
            (title) =>
              title.normalized === query.key &&
              (!query.jurisdiction || title.jurisdictionKey === query.jurisdiction || title.jurisdictionKey === "") &&
              (!title.from || startOf(title.from) <= query.to) &&
              (!title.to || endOf(title.to) >= query.from),
          )
          .sort((a, b) => termDays(a).toDay.localeCompare(termDays(b).toDay))
          .slice(0, limit)
          .map((title): TitleHolder & { query: number } => ({ ...title, query: index })),
      );
      return Promise.resolve(found);
    },
  };
}
