// Selector kinds, named as in the W3C Web Annotation model. A claim stores both: the position
// is precise but breaks on any edit before it; the quote with its context survives edits.

export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };

export type ClaimAnchor = { position: TextPositionSelector; quote: TextQuoteSelector };

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
