// Direct quotes of three words or more, with the speaker found in the sentence when there is one.
import { SPEECH_VERBS } from "../lexicon";
import type { Span } from "../sentences";
import { NAME, QUOTED, WORD, type RawSuggestion } from "./patterns";

export function findQuotes(text: string, sentences: Span[]): RawSuggestion[] {
  const results: RawSuggestion[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    const start = match.index;
    const end = start + match[0].length;
    const sentence = sentences.find((span) => span.start <= start && span.end >= start);
    // A word or two in quotes is usually a scare quote, unless someone is reported saying it:
    // "state media called the talks 'absurd'", "the ministry said the drills were ‘defensive’".
    if (inner.trim().split(/\s+/).length < 3 && !SHORT_QUOTE_CUE.test(text.slice(Math.max(sentence?.start ?? 0, start - 80), start))) continue;
    const speaker = attribution(text, start, end, sentence);
    results.push({ kind: "quote", start, end, detail: speaker ? `attributed to ${speaker}` : "no attribution found in the sentence" });
  }
  return results;
}

const SPEECH = `(?:${SPEECH_VERBS.join("|")})`;
/** A speech verb shortly before a short quote ("called the talks 'absurd'"), not "so-called". */
const SHORT_QUOTE_CUE = /(?<![\p{L}-])(?:said|says|called|calls|described|describes|dubbed|termed|branded|labell?ed|denounced|told)\b[^.!?;]{0,60}$/u;
const AFTER_QUOTE = new RegExp(String.raw`^[,.!?]?\s*(?:(${NAME})\s+${SPEECH}|${SPEECH}\s+(?:the\s+)?(${NAME})|(he|she|they)\s+${SPEECH})`, "u");
const BEFORE_QUOTE = new RegExp(String.raw`(${NAME})\s+${SPEECH}(?:\s+\w+)?[,:]?\s*$`, "u");
// A body rather than a person: "The North Korean government claimed", "Seoul's defence ministry said".
const BODY_BEFORE_QUOTE = new RegExp(String.raw`((?:[Tt]he\s+)?(?:${WORD}\s+){1,3}(?:\p{Ll}[\p{L}\p{M}'’-]*\s+)?\p{Ll}[\p{L}\p{M}'’-]*)\s+${SPEECH}(?:\s+that)?[,:]?\s*$`, "u");

function attribution(text: string, start: number, end: number, sentence: Span | undefined): string | null {
  const after = AFTER_QUOTE.exec(text.slice(end, end + 120));
  if (after) return after[1] ?? after[2] ?? after[3] ?? null;
  const lead = text.slice(Math.max(sentence?.start ?? 0, start - 120), start);
  const before = BEFORE_QUOTE.exec(lead);
  if (before) return before[1]!;
  const body = BODY_BEFORE_QUOTE.exec(lead);
  return body ? body[1]!.replace(/^The\s/, "the ") : null;
}
