import { createHash } from "node:crypto";
import { extractSuggestions, type RawSuggestion, type SuggestionKind } from "./extract";
import type { RegisterFlagRule } from "../register/flags";
import { sentenceIndexAt, splitSentences, type Span } from "./sentences";

/** A problem the names-and-titles register found with a name or title in the text. */
export type RegisterFlagInput = {
  start: number;
  end: number;
  rule: RegisterFlagRule;
  message: string;
  registerEntryId: string;
  entry: { id: string; name: string; sources: Array<{ url: string; title: string; excerpt: string }> };
};

export type Suggestion = {
  /** Stable while the text it points at stays: kind, words and which repeat of them. */
  id: string;
  kind: SuggestionKind | "register_flag";
  start: number;
  end: number;
  quote: string;
  /** The sentence the suggestion is in. */
  sentence: { start: number; end: number; text: string };
  /** What the rule found: who a quote is attributed to, the title given to a person. */
  detail: string | null;
  /**
   * What the suggestion is about, so repeats fold into one row: "North Korea's" and "North
   * Korea" are one place, "Kim" after "Kim Jong Un" is that person. `key` is stable per article.
   */
  entity: { key: string; label: string };
  /** Register flags only: what looks wrong and the entry (with its sources) that says so. */
  message?: string;
  rule?: RegisterFlagInput["rule"];
  registerEntryId?: string;
  registerEntry?: RegisterFlagInput["entry"];
};

export type Coverage = {
  /** Sentences that contain a suggested or a marked claim. */
  sentences: number;
  /** Of those, the sentences that contain a marked claim. */
  covered: number;
  /** covered / sentences, or null when there is nothing to cover. */
  ratio: number | null;
};

export type DismissalKey = `${string}\u0000${string}`;
export const dismissalKey = (kind: SuggestionKind | "register_flag", quote: string): DismissalKey => `${kind}\u0000${quote}`;

/**
 * The suggestions still open for an article: what the rules find, less what a claim already
 * covers and what someone dismissed (a dismissal holds for that kind and those words). Also the
 * article's coverage: how many sentences with something checkable in them have a claim.
 */
export function buildSuggestions({
  text,
  raw = extractSuggestions(text),
  claims,
  dismissed,
  flags = [],
}: {
  text: string;
  /** What the rules found in `text` (computed here unless the caller has it already). */
  raw?: RawSuggestion[];
  claims: Span[];
  dismissed: ReadonlySet<string>;
  /** Register flags; shown whatever claims cover, until dismissed. */
  flags?: RegisterFlagInput[];
}): { suggestions: Suggestion[]; coverage: Coverage } {
  const sentences = splitSentences(text);
  const entityOf = entities(text, raw);
  const seen = new Map<string, number>();
  const placed = claims.filter((claim) => claim.end > claim.start).sort((a, b) => a.start - b.start);
  const suggestions: Suggestion[] = [];
  for (const suggestion of raw) {
    const quote = text.slice(suggestion.start, suggestion.end);
    const key = dismissalKey(suggestion.kind, quote);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    if (dismissed.has(key)) continue;
    if (isCovered(suggestion, placed)) continue;
    const sentenceIndex = sentenceIndexAt(sentences, suggestion.start);
    const sentence = sentences[sentenceIndex] ?? { start: suggestion.start, end: suggestion.end };
    suggestions.push({
      id: suggestionId(suggestion.kind, quote, occurrence),
      kind: suggestion.kind,
      start: suggestion.start,
      end: suggestion.end,
      quote,
      sentence: { ...sentence, text: text.slice(sentence.start, sentence.end) },
      detail: suggestion.detail ?? null,
      entity: entityOf(suggestion.kind, quote),
    });
  }
  const flagOccurrences = new Map<string, number>();
  for (const flag of flags) {
    const quote = text.slice(flag.start, flag.end);
    const key = dismissalKey("register_flag", quote);
    const occurrence = (flagOccurrences.get(key) ?? 0) + 1;
    flagOccurrences.set(key, occurrence);
    if (dismissed.has(key)) continue;
    const sentence = sentences[sentenceIndexAt(sentences, flag.start)] ?? { start: flag.start, end: flag.end };
    suggestions.push({
      id: suggestionId("register_flag", quote, occurrence),
      kind: "register_flag",
      start: flag.start,
      end: flag.end,
      quote,
      sentence: { ...sentence, text: text.slice(sentence.start, sentence.end) },
      detail: null,
      entity: { key: `register_flag:${suggestionId("register_flag", quote, occurrence)}`, label: quote },
      message: flag.message,
      rule: flag.rule,
      registerEntryId: flag.registerEntryId,
      registerEntry: flag.entry,
    });
  }
  suggestions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { suggestions, coverage: computeCoverage({ text, raw, claims, dismissed }) };
}

/**
 * The article's coverage alone (what reports show), without building the suggestions: the
 * sentences holding a suggestion that is not dismissed, or a claim, and how many hold a claim.
 */
export function computeCoverage({
  text,
  raw = extractSuggestions(text),
  claims,
  dismissed,
}: {
  text: string;
  raw?: RawSuggestion[];
  claims: Span[];
  dismissed: ReadonlySet<string>;
}): Coverage {
  const sentences = splitSentences(text);
  const relevant = new Set<number>();
  for (const suggestion of raw) {
    if (!dismissed.has(dismissalKey(suggestion.kind, text.slice(suggestion.start, suggestion.end)))) relevant.add(sentenceIndexAt(sentences, suggestion.start));
  }
  const withClaim = new Set(claims.filter((claim) => claim.end > claim.start).map((claim) => sentenceIndexAt(sentences, claim.start)));
  for (const index of withClaim) relevant.add(index);
  const covered = [...relevant].filter((index) => withClaim.has(index)).length;
  return { sentences: relevant.size, covered, ratio: relevant.size ? covered / relevant.size : null };
}

/** Coverage from stored rows: claims (orphaned ones have no offsets) and dismissals as the database keeps them. */
export function coverageFromRows({
  text,
  claims,
  dismissals,
}: {
  text: string;
  claims: readonly { start: number | null; end: number | null }[];
  dismissals: readonly { kind: string; quote: string }[];
}): Coverage {
  return computeCoverage({
    text,
    claims: claims.flatMap((claim) => (claim.start !== null && claim.end !== null ? [{ start: claim.start, end: claim.end }] : [])),
    dismissed: new Set(dismissals.map((dismissal) => dismissalKey(dismissal.kind as SuggestionKind, dismissal.quote))),
  });
}

export function suggestionId(kind: SuggestionKind | "register_flag", quote: string, occurrence: number): string {
  return createHash("sha256").update(`${kind}\u0000${quote}\u0000${occurrence}`).digest("base64url").slice(0, 16);
}

/** A claim already marks the suggestion when it overlaps at least half of it. */
function isCovered(suggestion: RawSuggestion, claims: Span[]): boolean {
  const length = suggestion.end - suggestion.start;
  for (const claim of claims) {
    if (claim.start >= suggestion.end) break;
    const shared = Math.min(claim.end, suggestion.end) - Math.max(claim.start, suggestion.start);
    if (shared > 0 && shared >= length / 2) return true;
  }
  return false;
}

/** Suggestion kinds are claim kinds: accepting one makes a claim of the same kind. */
export type { SuggestionKind };

const withoutPossessive = (quote: string) =>
  quote
    .replace(/\s+/g, " ")
    .replace(/['’]s?$/u, "")
    .trim();
const TITLE_WORD = /^(?:leader|president|minister|secretary|mayor|governor|senator|chief|general|mr\.?|mrs\.?|ms\.?|dr\.?)$/i;

/**
 * What each suggestion is about: its kind and words without a possessive, and for a name of one
 * word that is the first or last name of a person named in full earlier, that person.
 */
export function entities(text: string, raw: RawSuggestion[]): (kind: SuggestionKind, quote: string) => { key: string; label: string } {
  const people = new Map<string, { label: string; at: number }>();
  for (const suggestion of raw) {
    if (suggestion.kind !== "name" && suggestion.kind !== "title") continue;
    const name = withoutPossessive(suggestion.person ?? text.slice(suggestion.start, suggestion.end));
    const words = name.split(" ").filter((word, index, all) => !(index === 0 && all.length > 2 && TITLE_WORD.test(word)));
    if (words.length < 2) continue;
    const label = words.join(" ");
    for (const word of [words[0]!, words.at(-1)!]) if (!people.has(word)) people.set(word, { label, at: suggestion.start });
  }
  return (kind, quote) => {
    let words = withoutPossessive(quote);
    // "Leader Kim Jong Un" is Kim Jong Un.
    if (kind === "name")
      words = words
        .split(" ")
        .filter((word, index, all) => !(index === 0 && all.length > 2 && TITLE_WORD.test(word)))
        .join(" ");
    const person = kind === "name" && !words.includes(" ") ? people.get(words) : undefined;
    const label = person && person.label !== words ? person.label : words;
    const entityKind = person ? "name" : kind;
    return { key: `${entityKind}:${label.toLowerCase()}`, label };
  };
}
