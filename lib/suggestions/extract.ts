import { SUGGESTION_KINDS, type SuggestionKind } from "./kinds";
import { findDates } from "./rules/dates";
import { findEvents } from "./rules/events";
import { capitalisedNames, findNames } from "./rules/names";
import { findNumbers } from "./rules/numbers";
import type { RawSuggestion } from "./rules/patterns";
import { findQuotes } from "./rules/quotes";
import { findTitles, lastWord } from "./rules/titles";
import { NOT_NAMES, TITLE_HEADS } from "./lexicon";
import { splitSentences } from "./sentences";

// Finds checkable claims in article text, offline: one rule a file in rules/ (titles, quotes,
// numbers, dates, events, and names, where the compromise NLP library tells people from places
// and organizations). Each rule returns exact spans; overlaps are settled here.

export { SUGGESTION_KINDS, capitalisedNames, type RawSuggestion, type SuggestionKind };

export function extractSuggestions(text: string): RawSuggestion[] {
  const sentences = splitSentences(text);
  const found: RawSuggestion[] = [];
  found.push(...findQuotes(text, sentences));
  const dates = findDates(text);
  found.push(...dates);
  found.push(...findNumbers(text, dates));
  const titles = findTitles(text).sort((a, b) => a.start - b.start);
  found.push(...titles);
  const surnames = new Set(titles.flatMap((title) => (title.person ? [lastWord(title.person)] : [])));
  const names = findNames(text, titles, surnames);
  found.push(...names);
  found.push(...laterMentions(text, [...titles, ...names], found));
  found.push(...findEvents(text, sentences));
  return settleOverlaps(found);
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

/**
 * A person named in full and then by one of their names alone ("Kim Jong Un … Kim has since…"):
 * the lone name is a name too, wherever it stands (a sentence start included).
 */
function laterMentions(text: string, people: RawSuggestion[], found: RawSuggestion[]): RawSuggestion[] {
  const firstSeen = new Map<string, number>();
  for (const person of people) {
    if (!person.person) continue;
    // "Leader Kim Jong Un": the title word before the name is not one of its names.
    const words = person.person.split(/\s+/).filter((word, index, all) => !(index === 0 && all.length > 2 && TITLE_HEADS.includes(word.toLowerCase())));
    if (words.length < 2) continue;
    for (const word of [words[0]!, words.at(-1)!]) {
      if (word.length < 3 || NOT_NAMES.has(word.toLowerCase()) || TITLE_HEADS.includes(word.toLowerCase())) continue;
      firstSeen.set(word, Math.min(firstSeen.get(word) ?? Infinity, person.end));
    }
  }
  if (firstSeen.size === 0) return [];
  const taken = new Uint8Array(text.length + 1);
  for (const other of found) taken.fill(1, other.start, other.end);
  const covered = (start: number, end: number) => taken.subarray(start, end).includes(1);
  const results: RawSuggestion[] = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+/gu)) {
    const word = match[0].replace(/['’]s?$/u, "");
    const after = firstSeen.get(word);
    const start = match.index;
    const end = start + word.length;
    if (after === undefined || start < after || covered(start, end)) continue;
    // Part of a longer capitalised name ("Kim Yo Jong") is that name's business.
    if (/\p{Lu}/u.test(text.slice(end + 1, end + 2)) && text[end] === " ") continue;
    results.push({ kind: "name", start, end, person: word });
  }
  return results;
}
