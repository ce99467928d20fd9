// Quantities: a number with what it counts or its unit ("27 ministers", "€4.5 billion", "12%").
import { NOT_UNITS, NUMBER_WORDS, SCALE_WORDS } from "../lexicon";
import type { RawSuggestion } from "./patterns";

const NUMBER_WORD = `(?:${NUMBER_WORDS.join("|")})`;
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:[€$£¥]\s?)?(?:\d{1,3}(?:[,\u202f ]\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:%|per\s?cent|percent))?(?:\s(?:${SCALE_WORDS.join("|")})\b)?|\b${NUMBER_WORD}(?:[\s-]+(?:and\s+)?${NUMBER_WORD})*\b(?:\s?(?:%|per\s?cent|percent))?`,
  "giu",
);

const YEAR_AFTER_DETERMINER = /\b(?:the|a|an|its|their|his|her|this|that)\s+$|['’]s\s+$/i;

export function findNumbers(text: string, dates: RawSuggestion[]): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  // Characters inside a date, so a number that is part of one is skipped in constant time.
  const inDate = new Uint8Array(text.length + 1);
  for (const date of dates) inDate.fill(1, date.start, date.end);
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    let end = start + match[0].length;
    if (inDate.subarray(start, end).includes(1)) continue;
    const value = match[0];
    if (/^\p{L}/u.test(value) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start))) continue; // "the two sides"
    const hyphenated = /^-[\p{L}]+/u.exec(text.slice(end, end + 20)); // "12-day strike"
    if (hyphenated && /^-(?:way|sided|pronged|dimensional|pointed)$/i.test(hyphenated[0])) continue; // "a three-way discussion": a kind, not a quantity
    if (hyphenated) end += hyphenated[0].length;
    // "the 2018 framework": a year describing something is a date (the date rule finds it).
    if (YEAR_AFTER_DETERMINER.test(text.slice(Math.max(0, start - 8), start)) && /^(?:18|19|20)\d\d$/.test(value)) continue;
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
