import { splitsCharacter } from "./describe-range";
import { locateAnchor } from "./reanchor";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

export type Selectors = {
  quote?: Pick<TextQuoteSelector, "exact"> & Partial<Pick<TextQuoteSelector, "prefix" | "suffix">>;
  position?: Pick<TextPositionSelector, "start" | "end">;
};

/**
 * Where a pair of selectors points in `text`, or why it points nowhere. A quote is found by the
 * same fallback order that re-anchors claims after an edit (reanchor.ts): its position if the
 * quote is still there, else its best occurrence by context and nearness. Only the exact quoted
 * words are accepted: an approximate match would attach a verdict to words nobody checked.
 * A position without a quote is taken as it is, if it lies in the text.
 */
export function anchorSelectors(text: string, { quote, position }: Selectors): { start: number; end: number } | { problem: string } {
  if (!quote) {
    if (!position) return { problem: "it has neither a TextQuoteSelector nor a TextPositionSelector" };
    if (position.end <= position.start || position.end > text.length)
      return { problem: `its TextPositionSelector ${position.start}–${position.end} lies outside the article text` };
    if (splitsCharacter(text, position.start) || splitsCharacter(text, position.end)) {
      return { problem: `its TextPositionSelector ${position.start}–${position.end} cuts a character in half` };
    }
    return { start: position.start, end: position.end };
  }
  const found = locateAnchor(text, {
    id: "",
    start: position?.start ?? null,
    end: position?.end ?? null,
    quote: quote.exact,
    prefix: quote.prefix ?? "",
    suffix: quote.suffix ?? "",
  });
  if (found.state !== "anchored") return { problem: "its quoted text is not in the article" };
  return { start: found.start, end: found.end };
}
