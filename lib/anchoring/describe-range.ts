import { AppError } from "../errors/app-error";
import { CONTEXT_LENGTH, type ClaimAnchor } from "./types";

/** Both selectors for the range [start, end) of `text`. */
export function describeRange(text: string, start: number, end: number): ClaimAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new AppError("UNPROCESSABLE", `The range ${start}–${end} is not a non-empty span of the article text (0–${text.length}).`);
  }
  // Offsets count UTF-16 code units; one that falls between the halves of a character outside
  // the Basic Multilingual Plane (an emoji, some CJK) would store half a character.
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) {
    throw new AppError("UNPROCESSABLE", `The range ${start}–${end} cuts a character in half (offsets count UTF-16 code units; an emoji takes two).`);
  }
  const exact = text.slice(start, end);
  if (exact.trim().length === 0) {
    throw new AppError("UNPROCESSABLE", `The range ${start}–${end} holds only white space.`);
  }
  return {
    position: { type: "TextPositionSelector", start, end },
    quote: {
      type: "TextQuoteSelector",
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
  };
}

/** Whether `offset` lies between a high and a low surrogate, inside one character. */
export function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
