import { describe, expect, it } from "vitest";
import { evaluateSimilarity } from "./evaluate";
import { EVALUATION_REGISTER } from "./fixtures/register-entities";
import { HELD_OUT_PAIRS } from "./fixtures/held-out-pairs";
import { TUNING_PAIRS } from "./fixtures/labelled-pairs";

// The floor under "claims seen before": npm run eval:similar prints the figures and the mistakes.
describe("the similar-claims evaluation", () => {
  it("has at least 100 labelled pairs, both kinds, and a held-out part", () => {
    expect(TUNING_PAIRS.length + HELD_OUT_PAIRS.length).toBeGreaterThanOrEqual(100);
    for (const pairs of [TUNING_PAIRS, HELD_OUT_PAIRS]) {
      expect(pairs.some((pair) => pair.same)).toBe(true);
      expect(pairs.some((pair) => !pair.same)).toBe(true);
    }
    const tuningTexts = new Set(TUNING_PAIRS.flatMap((pair) => [pair.a, pair.b]));
    expect(HELD_OUT_PAIRS.filter((pair) => tuningTexts.has(pair.a) || tuningTexts.has(pair.b))).toEqual([]);
  });

  for (const [label, pairs] of [
    ["tuning", TUNING_PAIRS],
    ["held-out", HELD_OUT_PAIRS],
  ] as const) {
    it(`lists the same fact with precision and recall of at least 90% (${label} set)`, () => {
      const scores = evaluateSimilarity(pairs, EVALUATION_REGISTER);
      expect(scores.precision, scores.mistakes.join("\n")).toBeGreaterThanOrEqual(0.9);
      expect(scores.recall, scores.mistakes.join("\n")).toBeGreaterThanOrEqual(0.9);
    });
  }

  it("counts a listed claim of another fact as a mistake", () => {
    const scores = evaluateSimilarity(
      [
        { a: "a $4.5bn budget", b: "4.5 billion dollars of budget", same: true },
        { a: "a $4.5bn budget", b: "a budget of $4.5bn", same: false },
      ],
      [],
    );
    expect(scores.precision).toBeLessThan(1);
    expect(scores.mistakes.some((mistake) => mistake.includes("another fact"))).toBe(true);
  });
});
