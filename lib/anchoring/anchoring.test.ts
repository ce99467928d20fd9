import { describe, expect, it } from "vitest";
import { describeRange } from "./describe-range";
import { findQuoteOccurrence } from "./find-quote";

const text = "The minister met the minister of finance. The minister left.";

describe("findQuoteOccurrence", () => {
  it("finds the first occurrence by default and later ones by number", () => {
    expect(findQuoteOccurrence(text, "minister")).toBe(4);
    expect(findQuoteOccurrence(text, "minister", 2)).toBe(21);
    expect(findQuoteOccurrence(text, "minister", 3)).toBe(46);
  });

  it("counts overlapping occurrences", () => {
    expect(findQuoteOccurrence("aaa", "aa", 2)).toBe(1);
  });

  it("says when the quote is missing or the occurrence does not exist", () => {
    expect(() => findQuoteOccurrence(text, "president")).toThrow(/does not appear/);
    expect(() => findQuoteOccurrence(text, "minister", 4)).toThrow(/appears 3 times.*occurrence 4/);
  });
});

describe("describeRange", () => {
  it("stores the quote with up to 32 characters of context on each side", () => {
    const anchor = describeRange(text, 21, 29);
    expect(anchor.position).toEqual({ type: "TextPositionSelector", start: 21, end: 29 });
    expect(anchor.quote.exact).toBe("minister");
    expect(anchor.quote.prefix).toBe("The minister met the ");
    expect(anchor.quote.suffix).toBe(" of finance. The minister left.");
  });

  it("refuses offsets that cut a character outside the Basic Multilingual Plane in half", () => {
    const text = "Lisbon 😀 Porto";
    const emoji = text.indexOf("😀");
    expect(() => describeRange(text, emoji + 1, text.length)).toThrow("cuts a character in half");
    expect(() => describeRange(text, 0, emoji + 1)).toThrow("cuts a character in half");
    expect(describeRange(text, emoji, emoji + 2).quote.exact).toBe("😀");
  });

  it("rejects empty, reversed, out-of-range and blank ranges", () => {
    expect(() => describeRange(text, 5, 5)).toThrow(/not a non-empty span/);
    expect(() => describeRange(text, 6, 5)).toThrow(/not a non-empty span/);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(/not a non-empty span/);
    expect(() => describeRange(text, 3, 4)).toThrow(/white space/);
  });
});
