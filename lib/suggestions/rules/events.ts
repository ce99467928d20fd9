// Events: a sentence whose verb reports something that happened (not hedged, not a question).
import { EVENT_VERBS, HEDGES } from "../lexicon";
import type { Span } from "../sentences";
import { QUOTED, type RawSuggestion } from "./patterns";

export function findEvents(text: string, sentences: Span[]): RawSuggestion[] {
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
