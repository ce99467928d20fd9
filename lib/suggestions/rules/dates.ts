// Dates and times: "3 May 2026", "May 3", "in 2019", "last Tuesday", "9 a.m.", "yesterday".
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "../lexicon";
import type { SuggestionKind } from "../kinds";
import type { RawSuggestion } from "./patterns";

const MONTH = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS.map((month) => `${month}\\.?`)].join("|")})`;

const DATES = [
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+\d{4})?\b`, "giu"),
  new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`, "giu"),
  new RegExp(String.raw`\b${MONTH}\s+\d{4}\b`, "giu"),
  new RegExp(String.raw`(?<=\b(?:in|on|since|until|by|from|last|next|early|late|mid-|this)\s+)${MONTH}\b(?!\s+\d)`, "giu"),
  new RegExp(String.raw`\b(?:(?:last|next|this)\s+)?(?:${WEEKDAYS.join("|")})\b`, "giu"),
  /(?<=\b(?:in|since|until|by|from|to|of|between|before|after|during)\s+)(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?\b/gi,
  // "the 2018 framework", "its 2024 budget": a year describing something.
  /(?<=\b(?:the|a|an|its|their|his|her|this|that)\s+|['’]s\s+)(?:18|19|20)\d{2}(?=\s+\p{Ll})/giu,
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi,
  /\b(?:yesterday|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year))\b/gi,
];

export function findDates(text: string): RawSuggestion[] {
  return findAll(text, DATES, "date");
}

function findAll(text: string, patterns: RegExp[], kind: SuggestionKind): RawSuggestion[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ kind, start: match.index, end: match.index + match[0].length })));
}
