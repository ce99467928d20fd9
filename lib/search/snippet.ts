// Highlighted snippets: Postgres's ts_headline marks each matched word between two characters
// of Unicode's private-use area, which no desk text is expected to hold; the API hands out the
// snippet as plain segments (a match or not), so no client ever renders markup from the database.

/** Opens a matched word in ts_headline's output. */
export const MATCH_START = "\uE000";
/** Closes a matched word. */
export const MATCH_END = "\uE001";

/** Part of a snippet: `match` when it is (part of) what was searched for. */
export type SnippetSegment = { text: string; match: boolean };

/** ts_headline's options around its fragments (`StartSel`, `StopSel` and the given ones). */
export function headlineOptions(extra: string): string {
  return `StartSel=${MATCH_START}, StopSel=${MATCH_END}, ${extra}`;
}

/** "a \uE000word\uE001 here" → [a ][word: match][ here]; adjacent segments of one kind are joined. */
export function snippetSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
    text = "";
  };
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_END) {
      flush();
      match = char === MATCH_START;
    } else text += char;
  }
  flush();
  return segments;
}

/** The snippet's text without its marks. */
export function snippetText(segments: readonly SnippetSegment[]): string {
  return segments.map((segment) => segment.text).join("");
}
