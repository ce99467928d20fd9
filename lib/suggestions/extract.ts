import nlp from "compromise";
import {
  EVENT_VERBS,
  HEDGES,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NAME_PARTICLES,
  NOT_NAMES,
  NOT_UNITS,
  NUMBER_WORDS,
  ORGANIZATION_WORDS,
  SCALE_WORDS,
  SPEECH_VERBS,
  TITLES,
  TITLE_HEADS,
  WEEKDAYS,
} from "./lexicon";
import { SUGGESTION_KINDS, type SuggestionKind } from "./kinds";
import { splitSentences, type Span } from "./sentences";

// Finds checkable claims in article text, offline: rules for titles, quotes, numbers, dates and
// events, and the compromise NLP library to tell people from places and organizations among
// capitalised names. Each rule returns exact spans; overlaps are settled at the end.

export { SUGGESTION_KINDS, type SuggestionKind };

export type RawSuggestion = Span & { kind: SuggestionKind; detail?: string; /** For names and titles: the person's name alone. */ person?: string };

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const PARTICLE = `(?:${[...NAME_PARTICLES].filter((word) => word !== "of" && word !== "and" && word !== "for" && word !== "the").join("|")})`;
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){0,3}`;
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A phrase matched with either case for the first letter of each word ("Foreign Minister", "foreign minister"). */
const anyInitialCase = (phrase: string) =>
  phrase
    .split(" ")
    .map((word) => (/^\p{L}/u.test(word) ? `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${escape(word.slice(1))}` : escape(word)))
    .join("\\s+");
const TITLE_ALTERNATION = [...TITLES].sort((a, b) => b.length - a.length).map(anyInitialCase).join("|");
const MONTH = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS.map((month) => `${month}\\.?`)].join("|")})`;

const TITLE_BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${["former", "acting", "interim", "then"].map(anyInitialCase).join("|")})\s+)?(?:(?:U\.S\.|U\.K\.|UK|EU|UN|U\.N\.|\p{Lu}\p{Ll}+)\s+)?(?:${TITLE_ALTERNATION})\s+(${NAME})`,
  "gu",
);
const NAME_THEN_APPOSITIVE = new RegExp(String.raw`(${NAME}),\s+((?:the\s+|a\s+|an\s+)?(?:former\s+|acting\s+)?[^,.;:“”"()\n]{2,80}?)(?=[,.;)]|\s+(?:said|says|told)\b|$)`, "gu");
const CAPITALISED_SEQUENCE = new RegExp(String.raw`${WORD}(?:[ \t]+(?:(?:of|for|and|the|${PARTICLE})[ \t]+)*${WORD})*`, "gu");
const SHORT_FORMS = new Set(["st.", "mr.", "mrs.", "ms.", "dr.", "jr.", "sr.", "u.s.", "u.k.", "u.n."]);
const QUOTED = /“([^”\n]{2,800})”|"([^"\n]{2,800})"/g;
const DATES = [
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+\d{4})?\b`, "giu"),
  new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`, "giu"),
  new RegExp(String.raw`\b${MONTH}\s+\d{4}\b`, "giu"),
  new RegExp(String.raw`(?<=\b(?:in|on|since|until|by|from|last|next|early|late|mid-|this)\s+)${MONTH}\b(?!\s+\d)`, "giu"),
  new RegExp(String.raw`\b(?:(?:last|next|this)\s+)?(?:${WEEKDAYS.join("|")})\b`, "giu"),
  /(?<=\b(?:in|since|until|by|from|to|of|between|before|after|during)\s+)(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?\b/gi,
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi,
  /\b(?:yesterday|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))\b/gi,
];
const NUMBER_WORD = `(?:${NUMBER_WORDS.join("|")})`;
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:[€$£¥]\s?)?(?:\d{1,3}(?:[,\u202f ]\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:%|per\s?cent|percent))?(?:\s(?:${SCALE_WORDS.join("|")})\b)?|\b${NUMBER_WORD}(?:[\s-]+(?:and\s+)?${NUMBER_WORD})*\b(?:\s?(?:%|per\s?cent|percent))?`,
  "giu",
);

export function extractSuggestions(text: string): RawSuggestion[] {
  const sentences = splitSentences(text);
  const found: RawSuggestion[] = [];
  const quotes = findQuotes(text, sentences);
  found.push(...quotes);
  const dates = findAll(text, DATES, "date");
  found.push(...dates);
  found.push(...findNumbers(text, dates));
  const titles = findTitles(text).sort((a, b) => a.start - b.start);
  found.push(...titles);
  const surnames = new Set(titles.flatMap((title) => (title.person ? [lastWord(title.person)] : [])));
  found.push(...findNames(text, titles, surnames));
  found.push(...findEvents(text, sentences));
  return settleOverlaps(found);
}

function findAll(text: string, patterns: RegExp[], kind: SuggestionKind): RawSuggestion[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ kind, start: match.index!, end: match.index! + match[0].length })));
}

function findQuotes(text: string, sentences: Span[]): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? "";
    if (inner.trim().split(/\s+/).length < 3) continue; // a word or two in quotes is usually a scare quote
    const start = match.index!;
    const end = start + match[0].length;
    const sentence = sentences.find((span) => span.start <= start && span.end >= start);
    const speaker = attribution(text, start, end, sentence);
    results.push({ kind: "quote", start, end, detail: speaker ? `attributed to ${speaker}` : "no attribution found in the sentence" });
  }
  return results;
}

const SPEECH = `(?:${SPEECH_VERBS.join("|")})`;
const AFTER_QUOTE = new RegExp(String.raw`^[,.!?]?\s*(?:(${NAME})\s+${SPEECH}|${SPEECH}\s+(?:the\s+)?(${NAME})|(he|she|they)\s+${SPEECH})`, "u");
const BEFORE_QUOTE = new RegExp(String.raw`(${NAME})\s+${SPEECH}(?:\s+\w+)?[,:]?\s*$`, "u");

function attribution(text: string, start: number, end: number, sentence: Span | undefined): string | null {
  const after = AFTER_QUOTE.exec(text.slice(end, end + 120));
  if (after) return after[1] ?? after[2] ?? after[3] ?? null;
  const before = BEFORE_QUOTE.exec(text.slice(Math.max(sentence?.start ?? 0, start - 120), start));
  return before ? before[1]! : null;
}

function findNumbers(text: string, dates: RawSuggestion[]): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  // Characters inside a date, so a number that is part of one is skipped in constant time.
  const inDate = new Uint8Array(text.length + 1);
  for (const date of dates) inDate.fill(1, date.start, date.end);
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index!;
    let end = start + match[0].length;
    if (inDate.subarray(start, end).includes(1)) continue;
    const value = match[0];
    if (/^\p{L}/u.test(value) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start))) continue; // "the two sides"
    const hyphenated = /^-[\p{L}]+/u.exec(text.slice(end, end + 20)); // "12-day strike"
    if (hyphenated) end += hyphenated[0].length;
    const hasUnit = /[%€$£¥]|per\s?cent|percent|(?:million|billion|trillion|bn)\b/i.test(value);
    // The thing counted: "27 ministers", "nine hours", "€4.5 billion" (already has its unit).
    const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
    if (next && !NOT_UNITS.has(next[1]!.toLowerCase()) && !/^\p{Lu}/u.test(next[1]!)) {
      end += next[0].length;
    } else if (!hasUnit) {
      continue; // a bare number, a year or a page number: not a checkable quantity on its own
    }
    if (/^(?:one|a|half)$/i.test(value.trim()) && !hasUnit && !next) continue;
    results.push({ kind: "number", start, end });
  }
  return results;
}

const TITLE_HEAD = `(?:${TITLE_HEADS.join("|")})`;
/** "the city's chief engineer, Tomás Herrera" */
const TITLE_PHRASE_THEN_NAME = new RegExp(String.raw`(?<![\p{L}])((?:the|its|their|his|her)\s+[\p{Ll}'’\s-]{0,60}?\b${TITLE_HEAD}),\s+(${NAME})(?=[,.;]|\s+(?:said|says|told)\b)`, "gu");

function findTitles(text: string): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  for (const match of text.matchAll(TITLE_BEFORE_NAME)) {
    const name = trimName(match[1]!);
    if (!name || !isPlausibleName(name)) continue;
    let start = match.index!;
    // A capitalised word before the title belongs to it ("Health Secretary") unless it only starts the sentence ("In").
    const firstWord = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(match[0]);
    if (firstWord && NOT_NAMES.has(firstWord[0].toLowerCase())) start += firstWord[0].length + 1;
    const end = match.index! + match[0].indexOf(match[1]!) + name.length;
    results.push({ kind: "title", start, end, person: name, detail: `${name}: ${text.slice(start, end - name.length).trim()}` });
  }
  for (const match of text.matchAll(TITLE_PHRASE_THEN_NAME)) {
    const name = trimName(match[2]!);
    if (!name || !isPlausibleName(name) || name.split(/\s+/).length < 2) continue;
    const start = match.index!;
    const end = start + match[0].indexOf(match[2]!, match[1]!.length) + name.length;
    if (results.some((title) => title.start < end && start < title.end)) continue;
    results.push({ kind: "title", start, end, person: name, detail: `${name}: ${match[1]!}` });
  }
  // Matches may overlap ("Later, Jane Doe, the finance minister,"): after a rejected one the
  // search resumes at the next word rather than after the whole match.
  const appositives = new RegExp(NAME_THEN_APPOSITIVE.source, "gu");
  for (let match = appositives.exec(text); match; match = appositives.exec(text)) {
    const name = trimName(match[1]!);
    const appositive = match[2]!.trim();
    const words = appositive.toLowerCase().split(/[\s'’-]+/);
    const start = match.index + match[1]!.indexOf(name);
    const accepted =
      name &&
      isPlausibleName(name) &&
      name.split(/\s+/).length >= 2 &&
      (words.some((word) => TITLE_HEADS.includes(word)) || /^(?:who|which)\s+(?:chairs|heads|leads|runs|directs|founded)\b/i.test(appositive)) &&
      // A person already given a title before the name keeps that one.
      !results.some((title) => title.start <= start && start < title.end);
    if (!accepted) {
      appositives.lastIndex = match.index + match[1]!.length;
      continue;
    }
    const end = match.index + match[0].length;
    results.push({ kind: "title", start, end, person: name, detail: `${name}: ${appositive}` });
  }
  return results;
}

/** Drops sentence-initial words and trailing punctuation that the name pattern picked up. */
function trimName(candidate: string): string {
  const words = candidate.replace(/[.,'’]+$/u, "").split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0]!.toLowerCase().replace(/\.$/, ""))) words.shift();
  return words.join(" ");
}

function isPlausibleName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  const last = words.at(-1)!.toLowerCase();
  return !ORGANIZATION_WORDS.has(last) && !NOT_NAMES.has(last);
}

function lastWord(name: string): string {
  return name.split(/\s+/).at(-1)!;
}

type Entity = "person" | "place" | "organization" | null;
// compromise is the slow part; the same capitalised phrase recurs, so answers are kept (pure cache).
const entityCache = new Map<string, Entity>();

function classify(phrase: string): Entity {
  const cached = entityCache.get(phrase);
  if (cached !== undefined) return cached;
  const doc = nlp(phrase);
  const entity: Entity = doc.organizations().found ? "organization" : doc.people().found ? "person" : doc.places().found ? "place" : null;
  if (entityCache.size > 20_000) entityCache.clear();
  entityCache.set(phrase, entity);
  return entity;
}

function findNames(text: string, titles: RawSuggestion[], surnames: Set<string>): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  const inTitle = (start: number, end: number) => overlapping(titles, start, end).some((title) => title.start <= start && end <= title.end);
  for (const match of text.matchAll(CAPITALISED_SEQUENCE)) {
    for (const segment of segmentsOf(text, match.index!, match.index! + match[0].length, titles)) {
      const words = text.slice(segment.start, segment.end).split(/\s+/);
      let start = segment.start;
      while (words.length > 0 && NOT_NAMES.has(words[0]!.toLowerCase().replace(/[.’']+$/u, ""))) start += words.shift()!.length + 1;
      while (words.length > 0 && NAME_PARTICLES.has(words.at(-1)!.toLowerCase())) words.pop();
      if (words.length === 0) continue;
      const phrase = words.join(" ").replace(/[.’']+$/u, "");
      const end = start + phrase.length;
      if (text.slice(start, end) !== phrase || inTitle(start, end)) continue;
      const kind = nameKind(text, phrase, start, end, surnames);
      if (kind) results.push({ kind, start, end, ...(kind === "name" ? { person: phrase } : {}) });
    }
  }
  return results;
}

/**
 * Splits a capitalised run into the names in it: at a full stop that ends a sentence (not an
 * initial or "St.") and around any title found there ("Mayor Elena Vasquez of Port Alder City
 * Council" leaves "Port Alder City Council").
 */
function segmentsOf(text: string, from: number, to: number, titles: RawSuggestion[]): Span[] {
  const cuts: Span[] = [];
  let start = from;
  for (const word of text.slice(from, to).matchAll(/\S+/g)) {
    const wordEnd = from + word.index! + word[0].length;
    if (word[0].endsWith(".") && !/^\p{Lu}\.$/u.test(word[0]) && !SHORT_FORMS.has(word[0].toLowerCase())) {
      cuts.push({ start, end: wordEnd - 1 });
      start = wordEnd + 1;
    }
  }
  if (start < to) cuts.push({ start, end: to });
  const segments: Span[] = [];
  const near = overlapping(titles, from, to);
  for (const cut of cuts) {
    let pieces: Span[] = [cut];
    for (const title of near) {
      pieces = pieces.flatMap((piece) =>
        title.end <= piece.start || title.start >= piece.end ? [piece] : [{ start: piece.start, end: title.start }, { start: title.end, end: piece.end }],
      );
    }
    for (const piece of pieces) {
      const body = text.slice(piece.start, piece.end);
      const lead = /^[\s,]*(?:(?:of|for|and|the)\s+)*/.exec(body)![0].length;
      const trimmed = body.slice(lead).trimEnd();
      if (/^\p{Lu}/u.test(trimmed)) segments.push({ start: piece.start + lead, end: piece.start + lead + trimmed.length });
    }
  }
  return segments;
}

/**
 * Every run of two to four capitalised words that could be a name, whatever the NLP library
 * makes of it: the register knows people the library does not.
 */
export function capitalisedNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(CAPITALISED_SEQUENCE)) {
    for (const segment of segmentsOf(text, match.index!, match.index! + match[0].length, [])) {
      const words = text.slice(segment.start, segment.end).split(/\s+/);
      let start = segment.start;
      while (words.length > 0 && NOT_NAMES.has(words[0]!.toLowerCase().replace(/[.’']+$/u, ""))) start += words.shift()!.length + 1;
      const phrase = words.join(" ").replace(/[.’']+$/u, "");
      if (words.length >= 2 && words.length <= 4 && text.slice(start, start + phrase.length) === phrase) spans.push({ start, end: start + phrase.length });
    }
  }
  return spans;
}

/** The spans (sorted by start, as the title rules return them) that overlap [from, to). */
function overlapping(spans: RawSuggestion[], from: number, to: number): RawSuggestion[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < to) low = middle + 1;
    else high = middle;
  }
  const result: RawSuggestion[] = [];
  // Titles are short, so looking back a little from the last one starting before `to` is enough.
  for (let index = low - 1; index >= 0 && index >= low - 8; index--) if (spans[index]!.end > from) result.push(spans[index]!);
  return result;
}

function nameKind(text: string, phrase: string, start: number, end: number, surnames: Set<string>): SuggestionKind | null {
  const words = phrase.split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  if (words.length === 1 && ORGANIZATION_WORDS.has(last)) return null; // "Hospital" starting a sentence
  if (ORGANIZATION_WORDS.has(last) || words.some((word, index) => ORGANIZATION_WORDS.has(word.toLowerCase()) && words[index + 1] === "of")) return "organization";
  if (/^\p{Lu}{2,6}$/u.test(phrase)) return /^(?:US|UK|UAE)$/.test(phrase) ? "place" : /^(?:AM|PM|TV|CEO|OK|AI)$/.test(phrase) ? null : "organization";
  const after = text.slice(end, end + 12);
  const sentenceStart = start === 0 || /[.!?]["”’]?\s+$|\n\s*$/.test(text.slice(Math.max(0, start - 4), start));
  if (words.length === 1 && surnames.has(phrase)) return "name";
  const entity = classify(phrase);
  if (entity === "organization") return "organization";
  if (entity === "place") return "place";
  if (entity === "person" && (words.length >= 2 || !sentenceStart)) return "name";
  if (words.length >= 2 && /^\s+(?:said|says|told|added)\b/.test(after)) return "name";
  // "in Sines", "at Sines", "port of Sines": a capitalised word after a preposition of place.
  if (words.length === 1 && !sentenceStart && entity === null && /\b(?:in|at|near|from|to|of)\s+$/.test(text.slice(Math.max(0, start - 6), start))) return "place";
  return null;
}

function findEvents(text: string, sentences: Span[]): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const quoted = [...body.matchAll(QUOTED)].reduce((sum, match) => sum + match[0].length, 0);
    if (quoted > body.length / 2 || body.length < 20) continue;
    const words = body.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    const verbAt = words.findIndex((word) => EVENT_VERBS.has(word));
    if (verbAt < 0) continue;
    if (words.slice(Math.max(0, verbAt - 4), verbAt).some((word) => HEDGES.has(word) || word === "to")) continue;
    if (body.trimEnd().endsWith("?")) continue;
    results.push({ kind: "event", start: sentence.start, end: sentence.end });
  }
  return results;
}

/** Keeps the longest suggestion where several of one kind overlap; a title replaces the name inside it. */
function settleOverlaps(suggestions: RawSuggestion[]): RawSuggestion[] {
  const sorted = [...suggestions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawSuggestion[] = [];
  // Kept suggestions that may still overlap what comes next (they end after its start).
  let active: RawSuggestion[] = [];
  for (const suggestion of sorted) {
    active = active.filter((other) => other.end > suggestion.start);
    const clash = active.find((other) => other.start < suggestion.end && sameFamily(other.kind, suggestion.kind));
    if (!clash) {
      kept.push(suggestion);
      active.push(suggestion);
    } else if (suggestion.end - suggestion.start > clash.end - clash.start && suggestion.kind === clash.kind) {
      kept.splice(kept.lastIndexOf(clash), 1, suggestion);
      active.splice(active.indexOf(clash), 1, suggestion);
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

function sameFamily(a: SuggestionKind, b: SuggestionKind): boolean {
  const people: SuggestionKind[] = ["title", "name", "organization", "place"];
  if (a === "event" || b === "event" || a === "quote" || b === "quote") return a === b;
  if (people.includes(a) && people.includes(b)) return true;
  return a === b || (a === "date" && b === "number") || (a === "number" && b === "date");
}
