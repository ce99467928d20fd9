import { describe, expect, it } from "vitest";
import { closestSubstring, contextSimilarity, editDistance, similarity } from "./text-similarity";

describe("text similarity", () => {
  it("counts edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(similarity("Vasquez", "Vásquez")).toBeCloseTo(6 / 7);
  });

  it("scores unrelated context near 0 and lightly edited context near 1", () => {
    const text = "The council said on Monday that Jane Doe would resign before the summer recess.";
    const start = text.indexOf("Jane Doe");
    const end = start + 8;
    expect(contextSimilarity(text, start, end, "The council said on Monday that ", " would resign before the summer")).toBe(1);
    expect(contextSimilarity(text, start, end, "The council said on Tuesday that ", " would resign before the summer")).toBeGreaterThan(0.8);
    expect(contextSimilarity(text, start, end, "Flights from Lisbon were delayed as ", " and her deputy left for talks in")).toBeLessThan(0.2);
  });

  it("finds the closest substring of a window, preferring the longer of equal matches", () => {
    const text = "Some 37,500 vehicles crossed the bridge each day.";
    const match = closestSubstring(text, "41,000 vehicles", 0, text.length)!;
    expect(text.slice(match.start, match.end)).toBe("37,500 vehicles");
    expect(match.distance).toBe(3);
    expect(closestSubstring(text, "x", 5, 5)).toBeNull();
  });
});
