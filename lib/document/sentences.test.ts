import { describe, expect, it } from "vitest";
import { nextSentenceEnd, previousSentenceStart } from "./sentences";

const TEXT = "Secretary Jane Doe arrived on Monday. “We have a deal!” she said. Was it?\n\nThe port costs €4.5 billion";

describe("sentences in an article's text", () => {
  it("end after their punctuation and closing quotes, and at paragraph breaks", () => {
    const first = TEXT.indexOf("Monday.") + "Monday.".length;
    expect(nextSentenceEnd(TEXT, 0)).toBe(first);
    expect(nextSentenceEnd(TEXT, 10)).toBe(first);
    // From an end, the next one (extending again goes on).
    const quote = TEXT.indexOf("deal!”") + "deal!”".length;
    expect(nextSentenceEnd(TEXT, first)).toBe(quote);
    expect(nextSentenceEnd(TEXT, TEXT.indexOf("Was"))).toBe(TEXT.indexOf("?") + 1);
    // "€4.5" is not an end (no space after the point); the text's end is.
    expect(nextSentenceEnd(TEXT, TEXT.indexOf("The port"))).toBe(TEXT.length);
    expect(nextSentenceEnd(TEXT, TEXT.length)).toBe(TEXT.length);
  });

  it("start at their first character, going back one sentence at a time", () => {
    const second = TEXT.indexOf("“We");
    expect(previousSentenceStart(TEXT, TEXT.indexOf("she said"))).toBe(second);
    expect(previousSentenceStart(TEXT, second)).toBe(0);
    expect(previousSentenceStart(TEXT, TEXT.length)).toBe(TEXT.indexOf("The port"));
    expect(previousSentenceStart(TEXT, TEXT.indexOf("The port"))).toBe(TEXT.indexOf("Was"));
    expect(previousSentenceStart(TEXT, 0)).toBe(0);
  });

  it("treat a text without punctuation as one sentence", () => {
    expect(nextSentenceEnd("no full stop here", 3)).toBe(17);
    expect(previousSentenceStart("no full stop here", 17)).toBe(0);
    expect(nextSentenceEnd("", 0)).toBe(0);
  });
});
