import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START, snippetSegments, snippetText } from "./snippet";

describe("snippetSegments", () => {
  it("splits ts_headline's marked output into matched and plain segments", () => {
    expect(snippetSegments(`The ${MATCH_START}budget${MATCH_END} grew to ${MATCH_START}4.5${MATCH_END} billion`)).toEqual([
      { text: "The ", match: false },
      { text: "budget", match: true },
      { text: " grew to ", match: false },
      { text: "4.5", match: true },
      { text: " billion", match: false },
    ]);
  });

  it("joins neighbouring matches and keeps text without marks whole", () => {
    expect(snippetSegments(`${MATCH_START}Marco${MATCH_END}${MATCH_START} Rubio${MATCH_END}`)).toEqual([{ text: "Marco Rubio", match: true }]);
    expect(snippetSegments("nothing matched <b>here</b>")).toEqual([{ text: "nothing matched <b>here</b>", match: false }]);
    expect(snippetSegments("")).toEqual([]);
  });

  it("keeps characters outside the basic plane and loses no text", () => {
    const marked = `𝔘nicode ${MATCH_START}naïve${MATCH_END} 🎉`;
    const segments = snippetSegments(marked);
    expect(snippetText(segments)).toBe("𝔘nicode naïve 🎉");
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(["naïve"]);
  });
});
