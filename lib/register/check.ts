import type { RawSuggestion } from "../suggestions/extract";
import { MAX_NAMED_HOLDERS, closestNearMiss, judgeMention, type CheckTime, type CheckedEntry, type NameCandidate, type RegisterFlag, type TitleHolder } from "./flags";
import { lookupKeys, mentionCandidates, resolveMention } from "./mentions";
import { nameTokens } from "./normalize";
import { sentenceTime } from "./sentence-time";

// An article checked against the register in three rounds of lookups whatever the register's
// size: the names and title phrases the text holds, then the entries the rules speak about, then
// who holds the titles mentioned. `RegisterLookup` is the database in the app and an in-memory register in the
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

  // Round two: the entries the rules speak about (exact names, the closest near misses, and with a
  // title, the closest near miss the title can vouch for).
  const plans = mentions.map((mention) => {
    const { firstToken, lastToken } = nameTokens(mention.normalized);
    const found = mention.normalized.includes(" ")
      ? nameRows.filter((row) => row.normalized === mention.normalized || row.firstToken === firstToken || row.lastToken === lastToken)
      : [];
    const exactIds = [...new Set(found.filter((row) => row.normalized === mention.normalized).map((row) => row.entryId))];
    const near = exactIds.length === 0 ? closestNearMiss(mention.normalized, found) : undefined;
    const vouched = exactIds.length === 0 && mention.title?.registered ? closestNearMiss(mention.normalized, found, { titleEvidence: true }) : undefined;
    const time = sentenceTime(text.slice(mention.sentence.start, mention.sentence.end), day.from);
    return { mention, found, exactIds, near, vouched, time, jurisdiction: mention.title?.jurisdiction ?? "" };
  });
  const needed = new Set(plans.flatMap((plan) => [...plan.exactIds, ...[plan.near, plan.vouched].flatMap((candidate) => (candidate ? [candidate.entryId] : []))]));
  const entryRows = needed.size ? await lookup.entries([...needed]) : [];
  const entries = new Map(entryRows.map((entry) => [entry.id, entry]));

  // Round three: who holds each title mentioned, in the jurisdiction the mention gives, or else
  // the one the named person's registered titles all belong to ("Interior Minister Karin Olsen"
  // speaks of Norway's interior minister when all her titles are Norway's).
  const queries = new Map<string, HolderQuery>();
  const queryKey = (plan: (typeof plans)[number]) => {
    const time = plan.time ?? day;
    return `${plan.mention.title!.key}\u0000${plan.jurisdiction}\u0000${time.from}\u0000${time.to}`;
  };
  for (const plan of plans) {
    if (!plan.mention.title?.registered) continue;
    if (!plan.jurisdiction && plan.exactIds.length === 1) plan.jurisdiction = impliedJurisdiction(entries.get(plan.exactIds[0]!));
    const time = plan.time ?? day;
    queries.set(queryKey(plan), { key: plan.mention.title.key, jurisdiction: plan.jurisdiction, from: time.from, to: time.to });
  }
  const queryList = [...queries.entries()];
  const holderRows = queryList.length
    ? await lookup.holders(
        queryList.map(([, query]) => query),
        MAX_NAMED_HOLDERS + 1,
      )
    : [];
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
    const flag = judgeMention({
      mention: plan.mention,
      jurisdiction: plan.jurisdiction,
      sentenceTime: plan.time,
      day,
      exact: plan.exactIds.flatMap((id) => entries.get(id) ?? []),
      candidates: plan.found,
      vouched: plan.vouched ? entries.get(plan.vouched.entryId) : undefined,
      entries,
      holders: plan.mention.title?.registered ? (holdersByQuery.get(queryKey(plan)) ?? []) : [],
    });
    if (flag) flags.push({ ...flag, entry: people.get(flag.registerEntryId)! });
  }
  return { flags };
}

/** The one jurisdiction all of a person's registered titles belong to, or "". */
function impliedJurisdiction(entry: CheckedEntry | undefined): string {
  const keys = new Set(entry?.titles.map((title) => title.jurisdictionKey));
  return keys.size === 1 ? [...keys][0]! : "";
}
