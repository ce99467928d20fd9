import { describe, expect, it } from "vitest";
import { factTerms } from "./fact-terms";
import { factProfile, factSimilarity, rankSimilar, SAME_FACT_THRESHOLD, withEntities } from "./similarity";

const similarity = (a: string, b: string) => factSimilarity(factProfile(a), factProfile(b));

describe("factSimilarity", () => {
  it("finds the same fact in another order and form", () => {
    expect(similarity("Secretary of State Marco Rubio", "Marco Rubio, the U.S. Secretary of State")).toBeGreaterThanOrEqual(SAME_FACT_THRESHOLD);
    expect(similarity("$4.5bn", "4.5 billion dollars")).toBe(1);
    expect(similarity("unemployment rose to 4.2 per cent", "the unemployment rate rising to 4.2%")).toBeGreaterThanOrEqual(SAME_FACT_THRESHOLD);
  });

  it("tells another figure, currency, date or subject apart", () => {
    expect(similarity("a $4.5bn budget", "a $4.6bn budget")).toBeLessThan(SAME_FACT_THRESHOLD);
    expect(similarity("a $4.5bn budget", "a €4.5bn budget")).toBeLessThan(SAME_FACT_THRESHOLD);
    expect(similarity("signed on March 3, 2024", "signed on March 4, 2024")).toBeLessThan(SAME_FACT_THRESHOLD);
    expect(similarity("Secretary of State Marco Rubio", "Senator Marco Rubio of Florida")).toBeLessThan(SAME_FACT_THRESHOLD);
    expect(similarity("“We will not back down,” she said", "“We will back the deal,” she said")).toBeLessThan(SAME_FACT_THRESHOLD);
    expect(similarity("", "anything")).toBe(0);
  });

  it("treats every name of a register entry as the entry", () => {
    const entities = [{ id: "zelensky", names: ["Volodymyr Zelensky", "Zelenskyy", "Selenskyj"].map(factTerms) }];
    expect(withEntities(factTerms("President Selenskyj of Ukraine"), entities)).toEqual(["president", "@zelensky", "=ukraine"]);
    expect(factSimilarity(factProfile("Ukrainian President Volodymyr Zelensky", entities), factProfile("Zelenskyy, Ukraine's president", entities))).toBe(1);
  });

  it("ranks the same facts first and leaves out the rest", () => {
    const ranked = rankSimilar("a $4.5bn budget", ["a €4.5bn budget", "the budget of 4.5 billion dollars", "a $4.5bn budget", "the harbour"], { textOf: (text) => text });
    expect(ranked.map((entry) => entry.candidate).sort()).toEqual(["a $4.5bn budget", "the budget of 4.5 billion dollars"]);
    expect(ranked.every((entry) => entry.score === 1)).toBe(true);
  });
});
