// Titles with the person holding them: "Foreign Minister Jane Doe", "the city's chief engineer,
// Tomás Herrera", "Jane Doe, the finance minister,".
import { NOT_NAMES, ORGANIZATION_WORDS, TITLES, TITLE_HEADS } from "../lexicon";
import { NAME, anyInitialCase, type RawSuggestion } from "./patterns";

const TITLE_ALTERNATION = [...TITLES]
  .sort((a, b) => b.length - a.length)
  .map(anyInitialCase)
  .join("|");
const TITLE_BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${["former", "acting", "interim", "then"].map(anyInitialCase).join("|")})\s+)?(?:(?:U\.S\.|U\.K\.|UK|EU|UN|U\.N\.|\p{Lu}\p{Ll}+)\s+)?(?:${TITLE_ALTERNATION})\s+(${NAME})`,
  "gu",
);
const NAME_THEN_APPOSITIVE = new RegExp(String.raw`(${NAME}),\s+((?:the\s+|a\s+|an\s+)?(?:former\s+|acting\s+)?[^,.;:“”"()\n]{2,80}?)(?=[,.;)]|\s+(?:said|says|told)\b|$)`, "gu");

const TITLE_HEAD = `(?:${TITLE_HEADS.join("|")})`;
/** "the city's chief engineer, Tomás Herrera" */
const TITLE_PHRASE_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}])((?:the|its|their|his|her)\s+[\p{Ll}'’\s-]{0,60}?\b${TITLE_HEAD}),\s+(${NAME})(?=[,.;]|\s+(?:said|says|told)\b)`,
  "gu",
);

export function findTitles(text: string): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  for (const match of text.matchAll(TITLE_BEFORE_NAME)) {
    const name = trimName(match[1]!);
    if (!name || !isPlausibleName(name)) continue;
    let start = match.index;
    // A capitalised word before the title belongs to it ("Health Secretary") unless it only starts the sentence ("In").
    const firstWord = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(match[0]);
    if (firstWord && NOT_NAMES.has(firstWord[0].toLowerCase())) start += firstWord[0].length + 1;
    const end = match.index + match[0].indexOf(match[1]!) + name.length;
    results.push({ kind: "title", start, end, person: name, detail: `${name}: ${text.slice(start, end - name.length).trim()}` });
  }
  for (const match of text.matchAll(TITLE_PHRASE_THEN_NAME)) {
    const name = trimName(match[2]!);
    if (!name || !isPlausibleName(name) || name.split(/\s+/).length < 2) continue;
    const start = match.index;
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

export function lastWord(name: string): string {
  return name.split(/\s+/).at(-1)!;
}
