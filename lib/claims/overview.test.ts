import { describe, expect, it } from "vitest";
import { attention, overviewMarks, type OverviewEntry } from "./overview";

const entry = (id: string, at: number, status: OverviewEntry["status"] = "unchecked", needsRecheck = false): OverviewEntry => ({ id, at, status, needsRecheck });

describe("the margin overview", () => {
  it("puts a mark where each claim is, in the order of the text", () => {
    expect(overviewMarks([entry("b", 0.8, "verified"), entry("a", 0.1)], 100)).toEqual([
      { at: 0.1, status: "unchecked", needsRecheck: false, claimId: "a", count: 1 },
      { at: 0.8, status: "verified", needsRecheck: false, claimId: "b", count: 1 },
    ]);
  });

  it("groups claims that share a stretch of the bar and shows the one most in need of attention", () => {
    const marks = overviewMarks([entry("v", 0.501, "verified"), entry("x", 0.503, "incorrect"), entry("u", 0.502), entry("far", 0.9, "verified")], 100);
    expect(marks).toHaveLength(2);
    expect(marks[0]).toEqual({ at: 0.501, status: "incorrect", needsRecheck: false, claimId: "x", count: 3 });
    // Among equals, the first in the text opens.
    expect(overviewMarks([entry("second", 0.35), entry("first", 0.34)], 10)[0]!.claimId).toBe("first");
  });

  it("ranks errors above changed checks above unchecked work above the settled", () => {
    const order = [
      attention({ status: "incorrect", needsRecheck: false }),
      attention({ status: "disputed", needsRecheck: false }),
      attention({ status: "verified", needsRecheck: true }),
      attention({ status: "unchecked", needsRecheck: false }),
      attention({ status: "in_progress", needsRecheck: false }),
      attention({ status: "unverifiable", needsRecheck: false }),
      attention({ status: "verified", needsRecheck: false }),
    ];
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });

  it("keeps marks on the bar whatever the positions measured", () => {
    const marks = overviewMarks([entry("top", -0.2), entry("end", 1), entry("beyond", 1.7), entry("lost", Number.NaN)], 50);
    expect(marks.map((mark) => mark.at)).toEqual([0, 1]);
    expect(marks[1]!.count).toBe(2);
  });
});
