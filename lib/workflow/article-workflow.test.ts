import { describe, expect, it } from "vitest";
import { availableTransitions, checkTransition, claimBlockers, type WorkflowClaim } from "./article-workflow";

const claim = (overrides: Partial<WorkflowClaim>): WorkflowClaim => ({
  id: "c",
  quote: "Jane Doe",
  status: "verified",
  needsRecheck: false,
  anchorState: "anchored",
  ...overrides,
});

describe("article workflow", () => {
  it("blocks checking on every unresolved, changed or orphaned claim, saying why", () => {
    const blockers = claimBlockers([
      claim({ id: "a", status: "unchecked" }),
      claim({ id: "b", status: "in_progress" }),
      claim({ id: "c", needsRecheck: true }),
      claim({ id: "d", anchorState: "orphaned" }),
      claim({ id: "e", status: "disputed" }),
    ]);
    expect(blockers.map((blocker) => blocker.claimId)).toEqual(["a", "b", "c", "d"]);
    expect(blockers[0]!.reason).toBe("“Jane Doe” is unchecked.");
    expect(blockers[2]!.reason).toContain("changed since it was checked");
    expect(blockers[3]!.reason).toContain("orphaned");
  });

  it("lets a checker mark a fully resolved article as checked, but not sign it off", () => {
    const claims = [claim({ status: "verified" }), claim({ status: "incorrect" })];
    expect(checkTransition({ role: "checker", from: "in_check", to: "checked", claims }).ok).toBe(true);
    expect(checkTransition({ role: "checker", from: "checked", to: "signed_off", claims })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkTransition({ role: "editor", from: "checked", to: "signed_off", claims }).ok).toBe(true);
  });

  it("refuses checking while a claim is open, with the blockers", () => {
    const result = checkTransition({ role: "editor", from: "in_check", to: "checked", claims: [claim({ id: "x", status: "unchecked" })] });
    expect(result).toMatchObject({ ok: false, code: "UNPROCESSABLE", message: "1 claim must be resolved before the article is checked.", blockers: [{ claimId: "x" }] });
  });

  it("refuses moves that skip a step, and viewers entirely", () => {
    expect(checkTransition({ role: "editor", from: "draft", to: "signed_off", claims: [] })).toMatchObject({
      ok: false,
      code: "UNPROCESSABLE",
      message: expect.stringContaining("can move to in_check"),
    });
    expect(checkTransition({ role: "viewer", from: "draft", to: "in_check", claims: [] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(availableTransitions("viewer", "in_check")).toEqual([]);
    expect(availableTransitions("checker", "in_check").map((transition) => transition.to)).toEqual(["checked"]);
    expect(availableTransitions("editor", "in_check").map((transition) => transition.to)).toEqual(["draft", "checked"]);
  });
});
