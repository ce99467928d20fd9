// Sentence boundaries in article text, by offsets. Paragraphs and line breaks always end a
// sentence; a full stop does unless it ends a common abbreviation or an initial.

export type Span = { start: number; end: number };

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "sen",
  "rep",
  "prof",
  "jr",
  "sr",
  "gov",
  "lt",
  "col",
  "capt",
  "sgt",
  "rev",
  "hon",
  "no",
  "vs",
  "inc",
  "ltd",
  "corp",
  "co",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "dept",
  "est",
  "fig",
  "mt",
  "ft",
]);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === "\n") {
      push(index);
      start = index + 1;
      continue;
    }
    if (character !== "." && character !== "!" && character !== "?") continue;
    // Closing quotes and brackets belong to the sentence they end.
    let end = index + 1;
    while (end < text.length && /["”’)\]]/.test(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && text[next] === " ") next++;
    if (next < text.length && text[next] !== "\n" && !/["“‘([\p{Lu}\d]/u.test(text[next]!)) continue;
    if (character === "." && endsWithAbbreviation(text, index)) continue;
    push(end);
    start = end;
    index = end - 1;
  }
  push(text.length);
  return spans;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Doe"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The index of the sentence containing `offset` (binary search over sorted spans). */
export function sentenceIndexAt(sentences: Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return Math.max(0, Math.min(sentences.length - 1, low - 1));
}
