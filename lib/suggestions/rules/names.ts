// Names of people, places and organizations among capitalised phrases; the compromise library
// tells them apart, with our own rules first (titles, surnames named before, organization words).
import nlp from "compromise";
import { NAME_PARTICLES, NOT_NAMES, ORGANIZATION_WORDS } from "../lexicon";
import type { SuggestionKind } from "../kinds";
import type { Span } from "../sentences";
import { PARTICLE, WORD, type RawSuggestion } from "./patterns";

const CAPITALISED_SEQUENCE = new RegExp(String.raw`${WORD}(?:[ \t]+(?:(?:of|for|and|the|${PARTICLE})[ \t]+)*${WORD})*`, "gu");
/** What follows a dateline's place: an optional ", Country" and a dash. */
const DATELINE_END = /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?\s+[—–-]\s/u;
const SHORT_FORMS = new Set(["st.", "mr.", "mrs.", "ms.", "dr.", "jr.", "sr.", "u.s.", "u.k.", "u.n."]);

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

export function findNames(text: string, titles: RawSuggestion[], surnames: Set<string>): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  const inTitle = (start: number, end: number) => overlapping(titles, start, end).some((title) => title.start <= start && end <= title.end);
  for (const { start, end, phrase } of namePhrases(text, titles, { dropTrailingParticles: true })) {
    if (inTitle(start, end)) continue;
    const kind = nameKind(text, phrase, start, end, surnames);
    if (kind) results.push({ kind, start, end, ...(kind === "name" ? { person: phrase } : {}) });
  }
  return results;
}

/**
 * Every run of two to four capitalised words that could be a name, whatever the NLP library
 * makes of it: the register knows people the library does not.
 */
export function capitalisedNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const { start, end, words } of namePhrases(text, [], { dropTrailingParticles: false })) {
    if (words >= 2 && words <= 4) spans.push({ start, end });
  }
  return spans;
}

/**
 * The capitalised phrases of the text that could name something, cut at sentence ends and around
 * titles, without the sentence-initial words ("In", "But") and trailing punctuation they picked up.
 */
function* namePhrases(text: string, titles: RawSuggestion[], { dropTrailingParticles }: { dropTrailingParticles: boolean }): Generator<Span & { phrase: string; words: number }> {
  for (const match of text.matchAll(CAPITALISED_SEQUENCE)) {
    for (const segment of segmentsOf(text, match.index, match.index + match[0].length, titles)) {
      const words = text.slice(segment.start, segment.end).split(/\s+/);
      let start = segment.start;
      while (words.length > 0 && NOT_NAMES.has(words[0]!.toLowerCase().replace(/[.’']+$/u, ""))) start += words.shift()!.length + 1;
      if (dropTrailingParticles) while (words.length > 0 && NAME_PARTICLES.has(words.at(-1)!.toLowerCase())) words.pop();
      if (words.length === 0) continue;
      const phrase = words.join(" ").replace(/[.’']+$/u, "");
      const end = start + phrase.length;
      if (text.slice(start, end) === phrase) yield { start, end, phrase, words: words.length };
    }
  }
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
    const wordEnd = from + word.index + word[0].length;
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
        title.end <= piece.start || title.start >= piece.end
          ? [piece]
          : [
              { start: piece.start, end: title.start },
              { start: title.end, end: piece.end },
            ],
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
  if (ORGANIZATION_WORDS.has(last) || words.some((word, index) => ORGANIZATION_WORDS.has(word.toLowerCase()) && (words[index + 1] === "of" || words[index + 1] === "for")))
    return "organization";
  // "SEOUL —", "KYIV, Ukraine —": the dateline opening a story names a place.
  if (/^\p{Lu}[\p{Lu} .'’-]+$/u.test(phrase) && (start === 0 || /\n\s*$/.test(text.slice(Math.max(0, start - 3), start))) && DATELINE_END.test(text.slice(end, end + 40)))
    return "place";
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
