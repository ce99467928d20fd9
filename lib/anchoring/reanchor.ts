import type { AnchorState } from "../claims/vocabulary";
import { CONTEXT_LENGTH } from "./types";
import { closestSubstring, contextSimilarity, similarity } from "./text-similarity";

/** What re-anchoring knows of a claim: where it was (position) and what it said (quote and context). */
export type StoredAnchor = { id: string; start: number | null; end: number | null; quote: string; prefix: string; suffix: string };

export type { AnchorState };

export type AnchorResult =
  | { id: string; state: "anchored" | "shifted"; start: number; end: number; quote: string; prefix: string; suffix: string; method: AnchorMethod }
  | { id: string; state: "orphaned"; method: "none" };

/** Which step of the fallback order found the claim, from precise to fuzzy. */
export type AnchorMethod = "unchanged-region" | "position" | "quote" | "context-bracket" | "fuzzy-quote";

// Thresholds, tuned on the regression documents in reanchor.regression.test.ts.
const MIN_CONTEXT_FOR_REPEATED_QUOTE = 0.35;
const CONCLUSIVE_CONTEXT = 0.9;
const CONFIDENT_CONTEXT = 0.6;
const LOCAL_WINDOW = 2_000;
const CONTEXT_MARGIN = 0.2;
const MIN_FUZZY_QUOTE_SIMILARITY = 0.5;
const MIN_FUZZY_CONTEXT = 0.45;
const MIN_FUZZY_SCORE = 0.6;
const MIN_UNMISTAKABLE_QUOTE = 24;
const MAX_OCCURRENCES = 500;

/**
 * Finds every claim in the edited text, trying in order:
 *  1. the unchanged start or end of the article (text before the first and after the last edit),
 *  2. the old offsets, if the quote is still exactly there and its context agrees,
 *  3. the exact quote, choosing among repeats by context and nearness to where it was,
 *  4. the text between its old context, when both sides of the context survive (a changed number),
 *  5. the closest approximate match of the quote near where its context or old position now is.
 * An exact quote whose context is weak yields to a match from 4 or 5 with much better context
 * (the claim's own words were edited, and the same words stand elsewhere). A claim that none of
 * these finds convincingly is orphaned, never moved to unrelated text.
 */
export function reanchorClaims({ oldText, newText, anchors }: { oldText: string; newText: string; anchors: StoredAnchor[] }): AnchorResult[] {
  const edit = describeEdit(oldText, newText);
  // Claims are visited in document order, so the shift of the last claim found predicts where
  // the next one is: edits scattered through the text move claims a little at a time.
  const order = anchors.map((anchor, index) => index).sort((a, b) => (anchors[a]!.start ?? Infinity) - (anchors[b]!.start ?? Infinity));
  const results = new Array<AnchorResult>(anchors.length);
  let drift = 0;
  for (const index of order) {
    const anchor = anchors[index]!;
    const { result, confident } = reanchorOne(newText, edit, anchor, drift);
    if (result.state !== "orphaned" && confident && anchor.start !== null) drift = result.start - anchor.start;
    results[index] = result;
  }
  return results;
}

/**
 * Places one anchor in a text whose earlier version is unknown (an imported annotation): the same
 * fallback order as after an edit, less the steps that need the old text.
 */
export function locateAnchor(text: string, anchor: StoredAnchor): AnchorResult {
  return reanchorOne(text, UNKNOWN_EDIT, anchor, 0).result;
}

type EditSummary = { oldText: string; unchangedHead: number; unchangedTailInOld: number; delta: number };

/** Nothing is known to be unchanged: no region is trusted without finding the quote. */
const UNKNOWN_EDIT: EditSummary = { oldText: "", unchangedHead: 0, unchangedTailInOld: Number.POSITIVE_INFINITY, delta: 0 };

function describeEdit(oldText: string, newText: string): EditSummary {
  const limit = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < limit && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < limit - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  return { oldText, unchangedHead: head, unchangedTailInOld: oldText.length - tail, delta: newText.length - oldText.length };
}

/** `confident`: the match is certain enough to predict where the following claims are. */
function reanchorOne(text: string, edit: EditSummary, anchor: StoredAnchor, drift: number): { result: AnchorResult; confident: boolean } {
  const { quote } = anchor;
  const hadPosition = anchor.start !== null && anchor.end !== null;
  const oldStart = anchor.start ?? 0;
  const oldEnd = anchor.end ?? 0;

  // An edit touching the claim's edge ("Okafor" → "Okafor-Mensah") leaves its characters in the
  // unchanged region but changes its word: the boundary check sends such a claim further down.
  if (hadPosition && oldEnd <= edit.unchangedHead && keepsWordBoundaries(text, oldStart, oldEnd, anchor)) {
    return sure(found(text, anchor, oldStart, oldEnd, "unchanged-region"));
  }
  if (hadPosition && oldStart >= edit.unchangedTailInOld && keepsWordBoundaries(text, oldStart + edit.delta, oldEnd + edit.delta, anchor)) {
    return sure(found(text, anchor, oldStart + edit.delta, oldEnd + edit.delta, "unchanged-region"));
  }

  // Where the claim would be if the edit had only inserted or removed text before it.
  const expected = !hadPosition ? null : oldStart < edit.unchangedHead ? oldStart : Math.max(0, oldStart + drift);
  const context = (start: number, end: number) => contextSimilarity(text, start, end, anchor.prefix, anchor.suffix);

  if (hadPosition && text.slice(oldStart, oldEnd) === quote && keepsWordBoundaries(text, oldStart, oldEnd, anchor) && context(oldStart, oldEnd) >= MIN_CONTEXT_FOR_REPEATED_QUOTE) {
    return sure(found(text, anchor, oldStart, oldEnd, "position"));
  }

  const exact = bestExactOccurrence(edit.oldText, text, anchor, expected, context);
  if (exact && exact.context >= CONFIDENT_CONTEXT) return { result: found(text, anchor, exact.index, exact.index + quote.length, "quote"), confident: true };

  // An exact quote with only weak context may be another mention of the same words, while the
  // claim's own text was edited in place: an edited match with a much better context wins.
  const bracketed = betweenContext(text, anchor, context);
  if (bracketed && (!exact || bracketed.context > exact.context + CONTEXT_MARGIN)) {
    return sure(found(text, anchor, bracketed.start, bracketed.end, "context-bracket"));
  }
  const fuzzy = closestApproximateMatch(text, anchor, expected, context);
  if (fuzzy && (!exact || fuzzy.context > exact.context + CONTEXT_MARGIN)) {
    return { result: found(text, anchor, fuzzy.start, fuzzy.end, "fuzzy-quote"), confident: false };
  }
  if (exact) return { result: found(text, anchor, exact.index, exact.index + quote.length, "quote"), confident: false };

  return { result: { id: anchor.id, state: "orphaned", method: "none" }, confident: false };
}

function sure(result: AnchorResult) {
  return { result, confident: true };
}

function found(text: string, anchor: StoredAnchor, start: number, end: number, method: AnchorMethod): AnchorResult {
  const quote = text.slice(start, end);
  return {
    id: anchor.id,
    state: quote === anchor.quote ? "anchored" : "shifted",
    start,
    end,
    quote,
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    method,
  };
}

type ContextScore = (start: number, end: number) => number;

function bestExactOccurrence(oldText: string, text: string, anchor: StoredAnchor, expected: number | null, context: ContextScore): { index: number; context: number } | null {
  const { quote } = anchor;
  const occurrences: number[] = [];
  for (let index = text.indexOf(quote); index >= 0 && occurrences.length < MAX_OCCURRENCES; index = text.indexOf(quote, index + 1)) {
    if (keepsWordBoundaries(text, index, index + quote.length, anchor)) occurrences.push(index);
  }
  if (occurrences.length === 0) return null;
  // Most claims are exactly where the drift of their neighbours puts them.
  if (expected !== null && occurrences.includes(expected)) {
    const contextScore = context(expected, expected + quote.length);
    if (contextScore >= CONFIDENT_CONTEXT) return { index: expected, context: contextScore };
  }
  // Nearest first: the right occurrence is usually close to where the claim is expected, and
  // an all but identical context there settles it without scoring every repeat of a short quote.
  if (expected !== null) occurrences.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected));
  let best: { index: number; score: number; context: number } | null = null;
  for (const index of occurrences) {
    // Look further afield (a moved paragraph) only when nothing nearby was convincing.
    if (best && best.context >= MIN_CONTEXT_FOR_REPEATED_QUOTE && expected !== null && Math.abs(index - expected) > LOCAL_WINDOW) break;
    const contextScore = context(index, index + quote.length);
    const nearness = expected === null ? 0 : 1 - Math.min(1, Math.abs(index - expected) / Math.max(text.length, 1));
    const score = contextScore * 0.8 + nearness * 0.2;
    if (!best || score > best.score) best = { index, score, context: contextScore };
    if (contextScore >= CONCLUSIVE_CONTEXT) break;
  }
  if (!best) return null;
  if (best.context >= MIN_CONTEXT_FOR_REPEATED_QUOTE) return best;
  // Context gone on both sides: still trust a quote long enough to be unmistakable that occurs
  // exactly once, before the edit as after it.
  const unmistakable = quote.trim().length >= MIN_UNMISTAKABLE_QUOTE && occurrences.length === 1 && occursOnce(oldText, quote);
  return unmistakable ? best : null;
}

function occursOnce(text: string, quote: string): boolean {
  const first = text.indexOf(quote);
  return first >= 0 && text.indexOf(quote, first + 1) < 0;
}

/** Both sides of the old context survive close together: what lies between them is the claim's text now. */
function betweenContext(text: string, anchor: StoredAnchor, context: ContextScore): { start: number; end: number; context: number } | null {
  const side = 12;
  if (anchor.prefix.length < side || anchor.suffix.length < side) return null;
  const before = anchor.prefix.slice(-side);
  const after = anchor.suffix.slice(0, side);
  const maxGap = anchor.quote.length * 2 + 16;
  let best: { start: number; end: number; score: number; context: number } | null = null;
  let occurrences = 0;
  for (let index = text.indexOf(before); index >= 0 && occurrences < MAX_OCCURRENCES; index = text.indexOf(before, index + 1), occurrences++) {
    const start = index + before.length;
    const end = text.indexOf(after, start);
    if (end <= start || end - start > maxGap) continue;
    const candidate = text.slice(start, end);
    if (candidate.trim().length === 0 || (candidate.includes("\n\n") && !anchor.quote.includes("\n\n"))) continue;
    const lengthRatio = Math.min(candidate.length, anchor.quote.length) / Math.max(candidate.length, anchor.quote.length);
    const contextScore = context(start, end);
    if (lengthRatio < 0.4 || contextScore < 0.6) continue;
    const score = contextScore + similarity(candidate, anchor.quote) * 0.5;
    if (!best || score > best.score) best = { start, end, score, context: contextScore };
  }
  return best;
}

/** The best approximate match of the quote near its old position or where its context now is. */
function closestApproximateMatch(text: string, anchor: StoredAnchor, expected: number | null, context: ContextScore): { start: number; end: number; context: number } | null {
  const { quote } = anchor;
  const slack = Math.ceil(quote.length * 0.5) + 16;
  const windows: [number, number][] = [];
  if (expected !== null) windows.push([expected - slack, expected + quote.length + slack]);
  const prefixTail = anchor.prefix.slice(-12);
  const suffixHead = anchor.suffix.slice(0, 12);
  if (prefixTail.length >= 6) {
    for (const index of occurrencesOf(text, prefixTail, 20)) windows.push([index + prefixTail.length, index + prefixTail.length + quote.length + slack]);
  }
  if (suffixHead.length >= 6) {
    for (const index of occurrencesOf(text, suffixHead, 20)) windows.push([index - quote.length - slack, index]);
  }
  let best: { start: number; end: number; score: number; context: number } | null = null;
  for (const [from, to] of windows) {
    const match = closestSubstring(text, quote, from, to);
    if (!match) continue;
    const { start, end } = snapToWords(text, match.start, match.end, quote);
    if (end <= start) continue;
    const quoteScore = similarity(text.slice(start, end), quote);
    const contextScore = context(start, end);
    const score = quoteScore * 0.6 + contextScore * 0.4;
    if (quoteScore < MIN_FUZZY_QUOTE_SIMILARITY || contextScore < MIN_FUZZY_CONTEXT || score < MIN_FUZZY_SCORE) continue;
    if (!best || score > best.score) best = { start, end, score, context: contextScore };
  }
  return best;
}

/**
 * An exact match must not be part of a longer word when the claim was not: "the" is not found
 * inside "these", nor "1962" inside "19620". The comparison is with the old context, so a claim
 * that did sit inside a word may still do so.
 */
function keepsWordBoundaries(text: string, start: number, end: number, anchor: StoredAnchor): boolean {
  const { quote, prefix, suffix } = anchor;
  const joinsBefore = isWord(text[start]) && continuesWord(text[start - 1], text[start - 2]);
  const joinedBefore = isWord(quote[0]) && continuesWord(prefix[prefix.length - 1], prefix[prefix.length - 2]);
  const joinsAfter = isWord(text[end - 1]) && continuesWord(text[end], text[end + 1]);
  const joinedAfter = isWord(quote[quote.length - 1]) && continuesWord(suffix[0], suffix[1]);
  return joinsBefore === joinedBefore && joinsAfter === joinedAfter;
}

/** The text goes on with the same word: a letter or digit, or a hyphen and one ("Doe-Smith"). */
function continuesWord(next: string | undefined, afterNext: string | undefined): boolean {
  return isWord(next) || (next === "-" && isWord(afterNext));
}

function isWord(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD.test(character);
}

function occurrencesOf(text: string, needle: string, limit: number): number[] {
  const result: number[] = [];
  for (let index = text.indexOf(needle); index >= 0 && result.length < limit; index = text.indexOf(needle, index + 1)) result.push(index);
  return result;
}

const WORD = /[\p{L}\p{N}]/u;

/** An approximate match may cut a word; widen it to whole words where the quote began or ended with one. */
function snapToWords(text: string, start: number, end: number, quote: string): { start: number; end: number } {
  let snappedStart = start;
  let snappedEnd = end;
  if (isWord(quote[0])) {
    while (snappedStart > 0 && isWord(text[snappedStart]) && continuesWord(text[snappedStart - 1], text[snappedStart - 2])) {
      snappedStart -= text[snappedStart - 1] === "-" ? 2 : 1;
    }
  }
  if (isWord(quote[quote.length - 1])) {
    while (snappedEnd < text.length && isWord(text[snappedEnd - 1]) && continuesWord(text[snappedEnd], text[snappedEnd + 1])) {
      snappedEnd += text[snappedEnd] === "-" ? 2 : 1;
    }
  }
  // Never let the match begin or end on white space.
  while (snappedStart < snappedEnd && /\s/.test(text[snappedStart]!)) snappedStart++;
  while (snappedEnd > snappedStart && /\s/.test(text[snappedEnd - 1]!)) snappedEnd--;
  return { start: snappedStart, end: snappedEnd };
}
