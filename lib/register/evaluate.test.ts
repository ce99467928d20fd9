import { describe, expect, it } from "vitest";
import { evaluateRegister } from "./evaluate";
import { HELD_OUT_MENTIONS } from "./fixtures/held-out-mentions";
import { LABELLED_MENTIONS } from "./fixtures/labelled-mentions";
import { REGISTER_FLAG_RULES } from "./flags";

// The floor under the register's quality: npm run eval:register prints the figures by rule.
describe("the register's evaluation sets", () => {
  const all = [...LABELLED_MENTIONS, ...HELD_OUT_MENTIONS];

  it("are big enough and cover every rule, with a held-out part", () => {
    expect(all.length).toBeGreaterThanOrEqual(120);
    expect(all.filter((mention) => mention.flag).length).toBeGreaterThanOrEqual(60);
    expect(all.filter((mention) => !mention.flag).length).toBeGreaterThanOrEqual(60);
    expect(HELD_OUT_MENTIONS.length).toBeGreaterThanOrEqual(30);
    for (const rule of REGISTER_FLAG_RULES) expect(LABELLED_MENTIONS.some((mention) => mention.flag === rule)).toBe(true);
  });

  it("keep precision and recall at 95% or more overall", async () => {
    const { scores } = await evaluateRegister(all);
    const overall = scores.find((score) => score.rule === "overall")!;
    expect(overall.expected).toBe(all.filter((mention) => mention.flag).length);
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(overall.recall).toBeGreaterThanOrEqual(0.95);
  });
});
