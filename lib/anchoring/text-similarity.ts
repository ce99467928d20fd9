// String measures used to decide whether text found after an edit is the text a claim was on.

/**
 * Levenshtein distance (insertions, deletions, substitutions each cost 1). With `limit`, gives
 * up as soon as the distance must exceed it and returns limit + 1.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common, by edit distance. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

// Two unrelated stretches of English prose still score about 0.3 by edit distance; context
// similarity is rescaled so that unrelated text scores near 0 and a one-character edit near 1.
const CHANCE_SIMILARITY = 0.3;

function contextSideSimilarity(was: string, is: string): number {
  if (was.length === 0) return is.length === 0 ? 1 : NEUTRAL;
  if (is.length === 0) return 0;
  const longest = Math.max(was.length, is.length);
  // Anything at or below chance scores 0, so there is no need to count edits past that point.
  const distance = editDistance(was, is, Math.floor(longest * (1 - CHANCE_SIMILARITY)));
  return Math.max(0, (1 - distance / longest - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY));
}

// A claim that stood at the very start (or end) of the article has no context on that side;
// text added there later neither confirms nor contradicts it.
const NEUTRAL = 0.5;
const EMPTY_SIDE_WEIGHT = 8;

/**
 * How well the text around [start, end) in `text` matches a claim's stored prefix and suffix,
 * from 0 (unrelated) to 1 (identical), each side weighted by its length.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const prefixScore = contextSideSimilarity(prefix, text.slice(Math.max(0, start - Math.max(prefix.length, 1)), start));
  const suffixScore = contextSideSimilarity(suffix, text.slice(end, end + Math.max(suffix.length, 1)));
  const prefixWeight = prefix.length || EMPTY_SIDE_WEIGHT;
  const suffixWeight = suffix.length || EMPTY_SIDE_WEIGHT;
  return (prefixScore * prefixWeight + suffixScore * suffixWeight) / (prefixWeight + suffixWeight);
}

/**
 * The substring of text[from, to) closest to `pattern` by edit distance (Sellers' algorithm:
 * the match may start and end anywhere in the window), or null if the window is empty.
 */
export function closestSubstring(text: string, pattern: string, from: number, to: number): { start: number; end: number; distance: number } | null {
  const windowStart = Math.max(0, from);
  const windowEnd = Math.min(text.length, to);
  const n = windowEnd - windowStart;
  const m = pattern.length;
  if (n <= 0 || m === 0) return null;
  // cost[i][j]: best distance of pattern[0..i) ending at text position j; start[i][j]: where that match began.
  let previousCost = new Uint32Array(n + 1);
  let previousStart = new Int32Array(n + 1);
  let currentCost = new Uint32Array(n + 1);
  let currentStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previousStart[j] = j;
  for (let i = 1; i <= m; i++) {
    currentCost[0] = i;
    currentStart[0] = 0;
    const code = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const diagonal = previousCost[j - 1]! + (code === text.charCodeAt(windowStart + j - 1) ? 0 : 1);
      const up = previousCost[j]! + 1;
      const left = currentCost[j - 1]! + 1;
      if (diagonal <= up && diagonal <= left) {
        currentCost[j] = diagonal;
        currentStart[j] = previousStart[j - 1]!;
      } else if (up <= left) {
        currentCost[j] = up;
        currentStart[j] = previousStart[j]!;
      } else {
        currentCost[j] = left;
        currentStart[j] = currentStart[j - 1]!;
      }
    }
    [previousCost, currentCost] = [currentCost, previousCost];
    [previousStart, currentStart] = [currentStart, previousStart];
  }
  let bestEnd = 1;
  for (let j = 2; j <= n; j++) {
    // Prefer the lowest distance, then the longer match (ties usually cut a word short).
    if (previousCost[j]! < previousCost[bestEnd]! || (previousCost[j]! === previousCost[bestEnd]! && j - previousStart[j]! > bestEnd - previousStart[bestEnd]!)) bestEnd = j;
  }
  return { start: windowStart + previousStart[bestEnd]!, end: windowStart + bestEnd, distance: previousCost[bestEnd]! };
}
