import { describe, expect, it } from "vitest";
import { factKey, factTerms, stem } from "./fact-terms";

describe("factTerms", () => {
  it("reads one amount however it is written", () => {
    const budget = ["¤usd", "#4500000000"];
    expect(factTerms("$4.5bn")).toEqual(budget);
    expect(factTerms("4.5 billion dollars").sort()).toEqual([...budget].sort());
    expect(factTerms("US$4,500 million").sort()).toEqual([...budget].sort());
    expect(factTerms("two hundred million")).toEqual(["#200000000"]);
    expect(factTerms("12,000 troops")).toEqual(factTerms("twelve thousand troops"));
    expect(factTerms("£1.1bn")).toEqual(["¤gbp", "#1100000000"]);
  });

  it("reads percentages, dates and ordinals", () => {
    expect(factTerms("4.2 per cent")).toEqual(["#4.2%"]);
    expect(factTerms("4.2 percent")).toEqual(["#4.2%"]);
    expect(factTerms("4.2%")).toEqual(["#4.2%"]);
    expect(new Set(factTerms("March 3rd, 2024"))).toEqual(new Set(factTerms("3 March 2024")));
    expect(factTerms("the third quarter")).toEqual(factTerms("the 3rd quarter"));
    // "may" is a month only as a date.
    expect(factTerms("prices may rise")).toEqual([stem("price"), "may", stem("rise")]);
    expect(factTerms("in May 2025")).toEqual(["#m5", "#2025"]);
  });

  it("stems word forms, keeps negation, and writes a country one way", () => {
    expect(stem("secretaries")).toBe(stem("secretary"));
    expect(stem("checked")).toBe(stem("checking"));
    expect(stem("completion")).toBe(stem("completed"));
    expect(factTerms("the U.S. Secretary of State")).toEqual(["=united_states", "secretari", "stat"]);
    expect(factTerms("America's top diplomat")).toEqual(["=united_states", "top", "diplomat"]);
    expect(factTerms("German chancellor")).toEqual(factTerms("Germany's chancellor"));
    expect(factTerms("we will not back down")).toContain("not");
    expect(factTerms("the earthquake killed 312 people")).toEqual(expect.arrayContaining(["death", "#312"]));
  });

  it("is stored as a space-separated key in the claim's order", () => {
    expect(factKey("Marco Rubio, the U.S. Secretary of State")).toBe("marco rubio =united_states secretari stat");
    expect(factKey("")).toBe("");
    expect(factKey("— “ ” …")).toBe("");
  });
});
