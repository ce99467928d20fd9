// Sentence boundaries in an article's plain text, for extending a selection by sentence from the
// keyboard. A sentence ends after . ! ? or … (with any closing quotes or brackets) followed by
// white space, and at every paragraph break ("\n\n" in the text). Abbreviations such as "Dr."
// end a "sentence" too: a reader extends once more, as in a word processor.

const ENDING = /[.!?…]["'”’»)\]]*(?=\s|$)|\n\n/g;

/** Offsets where sentences end (after their punctuation), in order. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(ENDING)) ends.push(match[0] === "\n\n" ? match.index : match.index + match[0].length);
  if (ends.at(-1) !== text.length) ends.push(text.length);
  return ends;
}

/** Where the sentence after `offset` ends: the next end strictly beyond `offset`, or the text's end. */
export function nextSentenceEnd(text: string, offset: number): number {
  return sentenceEnds(text).find((end) => end > offset) ?? text.length;
}

/** Where the sentence before `offset` starts (its first non-space character); `offset` at a start goes to the one before. */
export function previousSentenceStart(text: string, offset: number): number {
  const starts = [0, ...sentenceEnds(text).map((end) => skipSpace(text, end))].filter((start) => start < text.length || start === 0);
  let result = 0;
  for (const start of starts) if (start < offset) result = start;
  return result;
}

function skipSpace(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}
