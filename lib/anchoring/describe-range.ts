import { AppError } from "../errors/app-error";
import { CONTEXT_LENGTH, type ClaimAnchor } from "./types";

/** Both selectors for the range [start, end) of `text`. */
export function describeRange(text: string, start: number, end: number): ClaimAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new AppError("UNPROCESSABLE", `The range ${start}–${end} is not a non-empty span of the article text (0–${text.length}).`);
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
