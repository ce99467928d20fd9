import { NAME_PARTICLES, NOT_NAMES } from "../suggestions/lexicon";
import type { RawSuggestion } from "../suggestions/extract";
import { splitSentences, type Span } from "../suggestions/sentences";
import { MAX_JURISDICTION_WORDS, isKnownJurisdiction, jurisdictionKey, withoutPossessive } from "./jurisdictions";
import { normalizeName, normalizeTitle, titleKeyOf, titleWords } from "./normalize";

// Where an article names a person, and with which title. Two steps, so that the register itself
// decides what counts as a title: `mentionCandidates` lists every capitalised name with every
// phrase around it that could be its title ("Minister for Climate, Energy and Utilities Jane Doe",
// "Jane Doe, the EU's foreign-policy chief,"); the caller looks the names and phrases up in the
// register; `resolveMention` then settles on the name and the longest registered title that
// fits, with its jurisdiction ("South Korean", "Japan's", "of Japan") and "former"/"then".

type Token = Span & { text: string; /** Its significant title words (titleWords). */ words: string[] };

/** A phrase next to a name that may be its title, with its register key (normalizeTitle). */
export type TitlePhrase = { first: number; last: number; key: string };

type NameSplit = { first: number; name: string; normalized: string };

export type MentionCandidate = {
  tokens: Token[];
  /** The name's possible first tokens (the last two, three or four words of the capitalised run). */
  splits: NameSplit[];
  /** Index of the name's last token. */
  last: number;
  /** Where the name ends (before a possessive "'s"). */
  nameEnd: number;
  sentence: Span;
  /** The title the built-in rules found for this name, when they found one. */
  builtIn: { name: string; title: string; start: number; end: number } | null;
};

export type ResolvedTitle = {
  text: string;
  key: string;
  /** Canonical key of the jurisdiction the mention gives ("" when it gives none). */
  jurisdiction: string;
  jurisdictionText: string;
  /** "former", "ex-": the person no longer holds it. */
  former: boolean;
  /** "then", "who was": said of a past time. */
  past: boolean;
  /** Whether the register knows this title (else it is one of the built-in titles). */
  registered: boolean;
};

export type PersonMention = {
  /** The span to flag: the name with its title and qualifier. */
  start: number;
  end: number;
  name: string;
  normalized: string;
  title: ResolvedTitle | null;
  sentence: Span;
};

/** What the register knows, for resolving mentions. */
export type RegisterKnowledge = {
  /** Registered title keys, each with the jurisdiction keys registered for it ("" for none). */
  titles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether a normalized name is registered exactly (name or variant). */
  hasName: (normalized: string) => boolean;
};

export const NO_REGISTER: RegisterKnowledge = { titles: new Map(), hasName: () => false };

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*|[,;:()“”"!?]/gu;
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;
const SHORT_FORMS = new Set(["st.", "mr.", "mrs.", "ms.", "dr.", "jr.", "sr.", "gen.", "lt.", "col.", "sen.", "rep.", "gov."]);
const MAX_BEFORE = 9;
const MAX_AFTER = 11;

/** Words that make a title another office: a deputy foreign minister is not the foreign minister. */
const MODIFIERS = new Set([
  "deputy",
  "vice",
  "assistant",
  "junior",
  "shadow",
  "under",
  "associate",
  "state",
  "parliamentary",
  "principal",
  "senior",
  "chief",
  "special",
  "regional",
  "provincial",
  "first",
]);
const FORMER = new Set(["former", "ex", "onetime", "one-time", "erstwhile"]);
const PAST = new Set(["then", "late"]);
/** Words that may stand between a name's comma and its title: "Jane Doe, who was the …". */
const APPOSITIVE_LEAD = new Set([
  "the",
  "a",
  "an",
  "who",
  "is",
  "was",
  "had",
  "has",
  "been",
  "served",
  "as",
  "now",
  "currently",
  "also",
  "then",
  "former",
  "its",
  "their",
  "his",
  "her",
  "acting",
  "interim",
  "incumbent",
  "current",
  "new",
  "newly",
  "appointed",
]);
const PAST_LEAD = /\b(?:was|had been|served as|then)\b/;
/** What may follow a title after a name: the end of the clause, or more about the term. */
const TITLE_FOLLOWERS = new Set([",", ";", ":", ")", "”", '"', "!", "?", "from", "between", "since", "until", "in", "said", "says", "told", "and", "who", "during", "when", "for"]);
const POSSESSIVE_PLACEHOLDERS = /^(?:country|nation|government|state|city|region|bloc|union|province|company|party|kingdom|republic)['’]s$/i;

function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(span.start, span.end).matchAll(TOKEN)) {
    let word = match[0];
    let start = span.start + match.index;
    if (word.endsWith(".") && !ABBREVIATION.test(word) && !SHORT_FORMS.has(word.toLowerCase())) word = word.replace(/\.+$/, "");
    // "then-Foreign Minister", "ex-minister": the prefix is a word of its own.
    const prefix = /^(then|ex)-(?=\p{L})/iu.exec(word);
    if (prefix) {
      tokens.push({ start, end: start + prefix[1]!.length, text: prefix[1]!, words: titleWords(prefix[1]!) });
      start += prefix[0].length;
      word = word.slice(prefix[0].length);
    }
    if (word) tokens.push({ start, end: start + word.length, text: word, words: titleWords(word) });
  }
  return tokens;
}

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const isWord = (token: Token | undefined): token is Token => Boolean(token && /^[\p{L}\p{N}]/u.test(token.text));
const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? "";

/** Every capitalised name of two to four words in the text, with the tokens of its sentence. */
export function mentionCandidates(text: string, suggestions: RawSuggestion[] = []): MentionCandidate[] {
  const candidates: MentionCandidate[] = [];
  const builtIn = suggestions.filter((suggestion) => (suggestion.kind === "title" || suggestion.kind === "name") && suggestion.person).sort((a, b) => a.start - b.start);
  /** The built-in title or name finding around [start, end): among the last few starting at or before `start`. */
  const builtInAround = (start: number, end: number) => {
    let low = 0;
    let high = builtIn.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (builtIn[middle]!.start <= start) low = middle + 1;
      else high = middle;
    }
    for (let index = low - 1; index >= 0 && index >= low - 4; index--) {
      const suggestion = builtIn[index]!;
      if (end <= suggestion.end + 1 && text.slice(suggestion.start, suggestion.end).includes(suggestion.person!)) return suggestion;
    }
    return undefined;
  };
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(text, sentence);
    let index = 0;
    while (index < tokens.length) {
      if (!isWord(tokens[index]) || !isCapitalised(tokens[index]!)) {
        index++;
        continue;
      }
      // A run of capitalised words, with name particles ("van der", "de") between them.
      let last = index;
      let next = index + 1;
      while (next < tokens.length) {
        if (isWord(tokens[next]) && isCapitalised(tokens[next]!) && tokens[next]!.start - tokens[next - 1]!.end <= 1) {
          last = next;
          next++;
        } else if (isWord(tokens[next]) && NAME_PARTICLES.has(lower(tokens[next])) && !["of", "and", "for", "the"].includes(lower(tokens[next]))) next++;
        else break;
      }
      let first = index;
      while (first < last && NOT_NAMES.has(lower(tokens[first]).replace(/[.’']+$/u, ""))) first++;
      index = last + 1;
      if (last - first < 1) continue;
      const splits: NameSplit[] = [];
      // "Karin Olsen's budget": the name ends before the possessive.
      const possessive = /['’]s?$/u.exec(tokens[last]!.text)?.[0].length ?? 0;
      for (let length = 2; length <= 4; length++) {
        const start = last - length + 1;
        if (start < first || !isCapitalised(tokens[start]!)) continue;
        const name = text.slice(tokens[start]!.start, tokens[last]!.end - possessive);
        splits.push({ first: start, name, normalized: normalizeName(name) });
      }
      if (splits.length === 0) continue;
      const nameStart = tokens[splits[0]!.first]!.start;
      const nameEnd = tokens[last]!.end - possessive;
      const rule = builtInAround(nameStart, nameEnd);
      candidates.push({ tokens, splits, last, nameEnd, sentence, builtIn: rule ? builtInTitle(text, rule) : null });
    }
  }
  return candidates;
}

function builtInTitle(text: string, suggestion: RawSuggestion): NonNullable<MentionCandidate["builtIn"]> {
  const span = text.slice(suggestion.start, suggestion.end);
  const name = suggestion.person!;
  const { start, end } = suggestion;
  if (suggestion.kind !== "title") return { name, title: "", start, end };
  const at = span.lastIndexOf(name);
  const rest = `${span.slice(0, at)} ${span.slice(at + name.length)}`;
  return { name, title: rest.replace(/^[\s,]+|[\s,]+$/g, "").replace(/^(?:the|a|an|who\s+\w+\s+the)\s+/i, ""), start, end };
}

// Phrases are listed once per sentence and position: for the lookup, then again to resolve.
const phraseCache = new WeakMap<Token[], Map<number, TitlePhrase[]>>();
function cached(tokens: Token[], position: number, list: () => TitlePhrase[]): TitlePhrase[] {
  let byPosition = phraseCache.get(tokens);
  if (!byPosition) phraseCache.set(tokens, (byPosition = new Map<number, TitlePhrase[]>()));
  let phrases = byPosition.get(position);
  if (!phrases) byPosition.set(position, (phrases = list()));
  return phrases;
}

/** The phrases before a name (ending next to it, or next to the comma before it). */
function phrasesBefore(tokens: Token[], nameFirst: number): TitlePhrase[] {
  return cached(tokens, nameFirst, () => listPhrasesBefore(tokens, nameFirst));
}

/** The phrases after a name's comma ("Jane Doe, the finance minister of Norway, said"). */
function phrasesAfter(tokens: Token[], nameLast: number): TitlePhrase[] {
  return cached(tokens, -1 - nameLast, () => listPhrasesAfter(tokens, nameLast));
}

function listPhrasesBefore(tokens: Token[], nameFirst: number): TitlePhrase[] {
  const phrases: TitlePhrase[] = [];
  const end = tokens[nameFirst - 1]?.text === "," ? nameFirst - 2 : nameFirst - 1;
  if (!isWord(tokens[end]) || /['’]s?$/u.test(tokens[end].text)) return phrases;
  const words: string[] = [];
  for (let first = end; first >= 0 && end - first < MAX_BEFORE; first--) {
    if (!isWord(tokens[first]) && tokens[first]!.text !== ",") break;
    if (!isWord(tokens[first])) continue;
    words.push(...tokens[first]!.words);
    const key = titleKeyOf(words);
    if (key) phrases.push({ first, last: end, key });
  }
  return phrases;
}

function listPhrasesAfter(tokens: Token[], nameLast: number): TitlePhrase[] {
  const phrases: TitlePhrase[] = [];
  if (tokens[nameLast + 1]?.text !== ",") return phrases;
  for (let first = nameLast + 2; first < tokens.length && first <= nameLast + 6; first++) {
    if (!isWord(tokens[first])) break;
    const words: string[] = [];
    for (let last = first; last < tokens.length && last - first < MAX_AFTER; last++) {
      if (!isWord(tokens[last])) {
        if (tokens[last]!.text === ",") continue;
        break;
      }
      words.push(...tokens[last]!.words);
      const key = titleKeyOf(words);
      if (key) phrases.push({ first, last, key });
    }
  }
  return phrases;
}

/** The names and title keys to look up in the register for these candidates. */
export function lookupKeys(candidates: MentionCandidate[]): { names: string[]; titleKeys: string[] } {
  const names = new Set<string>();
  const titleKeys = new Set<string>();
  for (const candidate of candidates) {
    for (const split of candidate.splits) {
      if (split.normalized.includes(" ")) names.add(split.normalized);
      for (const phrase of phrasesBefore(candidate.tokens, split.first)) titleKeys.add(phrase.key);
    }
    for (const phrase of phrasesAfter(candidate.tokens, candidate.last)) titleKeys.add(phrase.key);
  }
  return { names: [...names], titleKeys: [...titleKeys] };
}

/** A jurisdiction written in tokens[first..last] ("South Korean", "the EU's", "Japan's"), or null. */
function jurisdictionIn(tokens: Token[], first: number, last: number, registered: ReadonlySet<string>): string | null {
  if (first < 0 || first > last || !tokens.slice(first, last + 1).every(isWord)) return null;
  const text = tokens
    .slice(first, last + 1)
    .map((token) => token.text)
    .join(" ");
  if (!/^\p{Lu}/u.test(text.replace(/^the\s+/i, ""))) return null;
  const key = jurisdictionKey(text);
  return isKnownJurisdiction(text) || registered.has(key) ? text : null;
}

/** The longest qualifier ending at tokens[end], as [first token index, text]. */
function qualifierEndingAt(tokens: Token[], end: number, registered: ReadonlySet<string>): [number, string] | null {
  for (let length = Math.min(MAX_JURISDICTION_WORDS + 1, end + 1); length >= 1; length--) {
    const text = jurisdictionIn(tokens, end - length + 1, end, registered);
    if (text) return [end - length + 1, withoutPossessive(text)];
  }
  return null;
}

type Fitted = { title: ResolvedTitle; spanFirst: number; spanLast: number; words: number; tokens: number };

/** A registered title found in `phrase`, with what surrounds it and the span to flag. */
function fitted(
  tokens: Token[],
  phrase: TitlePhrase,
  span: { spanFirst: number; spanLast: number },
  qualifiers: Pick<ResolvedTitle, "jurisdiction" | "jurisdictionText" | "former" | "past">,
): Fitted {
  const text = tokens
    .slice(phrase.first, phrase.last + 1)
    .map((token) => token.text)
    .join(" ");
  return { title: { text, key: phrase.key, ...qualifiers, registered: true }, ...span, words: phrase.key.split(" ").length, tokens: phrase.last - phrase.first };
}

/** The more specific title: more words in its key, then fewer tokens for them. */
function better(best: Fitted | null, candidate: Fitted): Fitted {
  return !best || candidate.words > best.words || (candidate.words === best.words && candidate.tokens < best.tokens) ? candidate : best;
}

/** A registered title before the name, if the words around it let it be one. */
function titleBefore(tokens: Token[], nameFirst: number, knowledge: RegisterKnowledge): Fitted | null {
  let best: Fitted | null = null;
  for (const phrase of phrasesBefore(tokens, nameFirst)) {
    const jurisdictions = knowledge.titles.get(phrase.key);
    if (!jurisdictions) continue;
    // The title's own first word must be a word of the title, not "the" or "former".
    const firstWord = lower(tokens[phrase.first]);
    if (["the", "a", "an", "former", "ex", "then", "acting", "interim"].includes(firstWord)) continue;
    let cursor = phrase.first - 1;
    let jurisdiction = "";
    let jurisdictionText = "";
    const qualifier = qualifierEndingAt(tokens, cursor, jurisdictions);
    if (qualifier) {
      [cursor, jurisdictionText] = [qualifier[0] - 1, qualifier[1]];
      jurisdiction = jurisdictionKey(jurisdictionText);
    }
    let spanFirst = cursor + 1;
    let former = false;
    let past = false;
    while (cursor >= 0 && isWord(tokens[cursor])) {
      const word = lower(tokens[cursor]);
      if (FORMER.has(word)) former = true;
      else if (PAST.has(word)) past = true;
      else if (!["acting", "interim", "outgoing", "incoming", "new", "current", "the"].includes(word)) break;
      if (word !== "the") spanFirst = cursor;
      cursor--;
    }
    const before = tokens[cursor];
    if (isWord(before)) {
      const word = lower(before);
      if (MODIFIERS.has(word)) continue;
      // A capitalised word that is not a sentence opener belongs to another title ("Deputy", "Regional").
      if (isCapitalised(before) && !NOT_NAMES.has(word.replace(/[.’']+$/u, "")) && !POSSESSIVE_PLACEHOLDERS.test(before.text)) continue;
    }
    best = better(best, fitted(tokens, phrase, { spanFirst, spanLast: phrase.last }, { jurisdiction, jurisdictionText, former, past }));
  }
  return best;
}

/** A registered title after the name's comma, if the words around it let it be one. */
function titleAfter(tokens: Token[], nameLast: number, knowledge: RegisterKnowledge): Fitted | null {
  let best: Fitted | null = null;
  for (const phrase of phrasesAfter(tokens, nameLast)) {
    const jurisdictions = knowledge.titles.get(phrase.key);
    if (!jurisdictions) continue;
    if (["the", "a", "an", "former", "ex", "then", "who"].includes(lower(tokens[phrase.first]))) continue;
    // Between the comma and the title: "the", "who was", "Japan's", "the EU's".
    let jurisdiction = "";
    let jurisdictionText = "";
    let leadEnd = phrase.first - 1;
    const qualifier = leadEnd > nameLast + 1 ? qualifierEndingAt(tokens, leadEnd, jurisdictions) : null;
    if (qualifier && qualifier[0] > nameLast + 1) {
      [leadEnd, jurisdictionText] = [qualifier[0] - 1, qualifier[1]];
      jurisdiction = jurisdictionKey(jurisdictionText);
    }
    const lead = tokens.slice(nameLast + 2, leadEnd + 1).map((token) => token.text.toLowerCase());
    if (!lead.every((word) => APPOSITIVE_LEAD.has(word) || FORMER.has(word) || POSSESSIVE_PLACEHOLDERS.test(word))) continue;
    let spanLast = phrase.last;
    let after = phrase.last + 1;
    // "… the foreign minister of Japan": the jurisdiction after the title.
    if (!jurisdiction && lower(tokens[after]) === "of") {
      for (let length = MAX_JURISDICTION_WORDS + 1; length >= 1; length--) {
        const text = jurisdictionIn(tokens, after + 1, after + length, jurisdictions);
        if (!text) continue;
        jurisdictionText = withoutPossessive(text.replace(/^the\s+/i, ""));
        jurisdiction = jurisdictionKey(jurisdictionText);
        spanLast = after + length;
        after = after + length + 1;
        break;
      }
    }
    if (after < tokens.length && !TITLE_FOLLOWERS.has(lower(tokens[after]))) continue;
    const qualifiers = { jurisdiction, jurisdictionText, former: lead.some((word) => FORMER.has(word)), past: PAST_LEAD.test(lead.join(" ")) };
    best = better(best, fitted(tokens, phrase, { spanFirst: nameLast + 2, spanLast }, qualifiers));
  }
  return best;
}

/**
 * The person a candidate names and the title it gives them: a registered title before the name
 * first, then one after it, then the built-in rules' title. Without any, the name alone.
 */
export function resolveMention(text: string, candidate: MentionCandidate, knowledge: RegisterKnowledge): PersonMention {
  const { tokens, last, nameEnd } = candidate;
  const mention = (split: NameSplit, title: ResolvedTitle | null, start: number, end: number): PersonMention => ({
    start,
    end,
    name: split.name,
    normalized: split.normalized,
    title,
    sentence: candidate.sentence,
  });
  // The longest title wins; between equally long ones, a registered name, then the shorter name
  // ("Cabinet Secretary for Rural Affairs Mairi Gougeon", not "… for Rural | Affairs Mairi Gougeon").
  let bestBefore: { split: NameSplit; fitted: Fitted } | null = null;
  for (const split of candidate.splits) {
    const fitted = titleBefore(tokens, split.first, knowledge);
    if (!fitted) continue;
    const better =
      !bestBefore ||
      fitted.words > bestBefore.fitted.words ||
      (fitted.words === bestBefore.fitted.words && knowledge.hasName(split.normalized) && !knowledge.hasName(bestBefore.split.normalized));
    if (better) bestBefore = { split, fitted };
  }
  // Without a title, the longest name: "Volodymyr Zelensky" rather than "Zelensky" inside it.
  const splits = [...candidate.splits].reverse();
  if (bestBefore) return mention(bestBefore.split, bestBefore.fitted.title, tokens[bestBefore.fitted.spanFirst]!.start, nameEnd);
  const known = splits.find((split) => knowledge.hasName(split.normalized));
  const builtIn = candidate.builtIn && splits.find((split) => split.name === candidate.builtIn!.name);
  const split = known ?? builtIn ?? splits[0]!;
  const nameStart = tokens[split.first]!.start;
  const after = titleAfter(tokens, last, knowledge);
  if (after) return mention(split, after.title, nameStart, tokens[after.spanLast]!.end);
  if (builtIn && candidate.builtIn!.title) {
    const { title, start, end } = candidate.builtIn!;
    const span = text.slice(start, end);
    const former = /\b(?:former|ex-)/i.test(span) || /\b(?:former|ex-)\s*$/i.test(text.slice(Math.max(0, start - 8), start));
    return mention(
      split,
      {
        text: title.replace(/^(?:former|acting|interim|then)\s+/i, ""),
        key: normalizeTitle(title),
        jurisdiction: "",
        jurisdictionText: "",
        former,
        past: /\b(?:then|who was)\b/i.test(span),
        registered: false,
      },
      start,
      end,
    );
  }
  return mention(split, null, nameStart, nameEnd);
}

/** Every person the text names, read with what the register knows. */
export function personMentions(text: string, suggestions: RawSuggestion[], knowledge: RegisterKnowledge = NO_REGISTER): PersonMention[] {
  return mentionCandidates(text, suggestions).map((candidate) => resolveMention(text, candidate, knowledge));
}
