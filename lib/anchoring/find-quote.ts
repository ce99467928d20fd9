import { AppError } from "../errors/app-error";

/**
 * Start offset of the `occurrence`-th (1-based) appearance of `quote` in `text`. Appearances
 * may overlap ("aa" occurs twice in "aaa"), so a repeated phrase can always be reached.
 */
export function findQuoteOccurrence(text: string, quote: string, occurrence = 1): number {
  if (quote.length === 0) throw new AppError("INVALID_INPUT", "The quote is empty.");
  let from = 0;
  let seen = 0;
  for (;;) {
    const index = text.indexOf(quote, from);
    if (index < 0) break;
    seen += 1;
    if (seen === occurrence) return index;
    from = index + 1;
  }
  const shown = quote.length > 60 ? `${quote.slice(0, 57)}...` : quote;
  if (seen === 0) throw new AppError("UNPROCESSABLE", `The quote "${shown}" does not appear in the article text.`);
  throw new AppError("UNPROCESSABLE", `The quote "${shown}" appears ${seen} time${seen === 1 ? "" : "s"} in the article text; occurrence ${occurrence} does not exist.`);
}
