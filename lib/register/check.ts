import type { RawSuggestion } from "../suggestions/extract";
import { MAX_NAMED_HOLDERS, closestNearMiss, judgeMention, type CheckTime, type CheckedEntry, type NameCandidate, type RegisterFlag, type TitleHolder } from "./flags";
import { lookupKeys, mentionCandidates, resolveMention, type PersonMention } from "./mentions";
import { nameTokens } from "./normalize";
import { sentenceTime } from "./sentence-time";

// An article checked against the register in two rounds of lookups whatever the register's size:
// first the names and title phrases the text holds, then the entries and title holders the
// rules need. `RegisterLookup` is the database in the app and an in-memory register in the
// evaluation, so both run these same steps.

export type NameRow = NameCandidate & { firstToken: string; lastToken: string };
export type HolderQuery = { key: string; jurisdiction: string; from: string; to: string };

export interface RegisterLookup {
  /** Registered names equal to one of `names`, or sharing its first or last word. */
  names(names: string[], firstTokens: string[], lastTokens: string[]): Promise<NameRow[]>;
  /** Which of the keys are registered titles, with the jurisdictions each is registered for. */
  titles(keys: string[]): Promise<Array<{ normalized: string; jurisdictionKey: string }>>;
  entries(ids: string[]): Promise<CheckedEntry[]>;
  /**
   * For each query, up to `limit` holders of that title whose term overlaps [from, to], in that
   * jurisdiction or with none recorded (any jurisdiction when the query gives none).
   */
  holders(queries: HolderQuery[], limit: number): Promise<Array<TitleHolder & { query: number }>>;
}

/** Who a flag names: the entry it points at, with the sources that back it. */
export type FlaggedEntry = Pick<CheckedEntry, "id" | "name" | "sources">;
export type RegisterCheckResult = { flags: Array<RegisterFlag & { entry: FlaggedEntry }> };

export async function checkRegister(text: string, suggestions: RawSuggestion[], day: CheckTime, lookup: RegisterLookup): Promise<RegisterCheckResult> {
  const candidates = mentionCandidates(text, suggestions);
  const empty: RegisterCheckResult = { flags: [] };
  if (candidates.length === 0) return empty;
  const keys = lookupKeys(candidates);
  if (keys.names.length === 0) return empty;
  const tokens = keys.names.map(nameTokens);
  const [nameRows, titleRows] = await Promise.all([
    lookup.names(keys.names, [...new Set(tokens.map((token) => token.firstToken))], [...new Set(tokens.map((token) => token.lastToken))]),
    keys.titleKeys.length ? lookup.titles(keys.titleKeys) : Promise.resolve([]),
  ]);
  const registeredNames = new Set(nameRows.map((row) => row.normalized));
  const titles = new Map<string, Set<string>>();
  for (const row of titleRows) titles.set(row.normalized, (titles.get(row.normalized) ?? new Set()).add(row.jurisdictionKey));
  const mentions = candidates.map((candidate) => resolveMention(text, candidate, { titles, hasName: (name) => registeredNames.has(name) }));

  // What each mention needs from the second round.
  const plans = mentions.map((mention) => {
    const { firstToken, lastToken } = nameTokens(mention.normalized);
    const found = mention.normalized.includes(" ")
      ? nameRows.filter((row) => row.normalized === mention.normalized || row.firstToken === firstToken || row.lastToken === lastToken)
      : [];
    const exactIds = [...new Set(found.filter((row) => row.normalized === mention.normalized).map((row) => row.entryId))];
    const near = exactIds.length === 0 ? closestNearMiss(mention.normalized, found) : undefined;
    const time = sentenceTime(text.slice(mention.sentence.start, mention.sentence.end), day.from);
    return { mention, found, exactIds, near, time };
  });
  const queries = new Map<string, HolderQuery>();
  const queryKey = (mention: PersonMention, time: CheckTime) => `${mention.title!.key}\u0000${mention.title!.jurisdiction}\u0000${time.from}\u0000${time.to}`;
  for (const plan of plans) {
    if (!plan.mention.title?.registered) continue;
    const time = plan.time ?? day;
    queries.set(queryKey(plan.mention, time), { key: plan.mention.title.key, jurisdiction: plan.mention.title.jurisdiction, from: time.from, to: time.to });
  }
  const needed = new Set(plans.flatMap((plan) => [...plan.exactIds, ...(plan.near ? [plan.near.entryId] : [])]));
  const queryList = [...queries.entries()];
  const [entryRows, holderRows] = await Promise.all([
    needed.size ? lookup.entries([...needed]) : Promise.resolve([]),
    queryList.length
      ? lookup.holders(
          queryList.map(([, query]) => query),
          MAX_NAMED_HOLDERS + 1,
        )
      : Promise.resolve([]),
  ]);
  const entries = new Map(entryRows.map((entry) => [entry.id, entry]));
  const holdersByQuery = new Map<string, TitleHolder[]>();
  for (const row of holderRows) {
    const key = queryList[row.query]![0];
    holdersByQuery.set(key, [...(holdersByQuery.get(key) ?? []), row]);
  }
  const people = new Map<string, FlaggedEntry>(
    [...holderRows, ...entryRows].map((person) =>
      "entryId" in person ? [person.entryId, { id: person.entryId, name: person.name, sources: person.sources }] : [person.id, person],
    ),
  );
  const flags: RegisterCheckResult["flags"] = [];
  for (const plan of plans) {
    const time = plan.time ?? day;
    const flag = judgeMention({
      mention: plan.mention,
      sentenceTime: plan.time,
      day,
      exact: plan.exactIds.flatMap((id) => entries.get(id) ?? []),
      candidates: plan.found,
      entries,
      holders: plan.mention.title?.registered ? (holdersByQuery.get(queryKey(plan.mention, time)) ?? []) : [],
    });
    if (flag) flags.push({ ...flag, entry: people.get(flag.registerEntryId)! });
  }
  return { flags };
}
