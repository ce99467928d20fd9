import { describe, expect, it } from "vitest";
import { availableTransitions, checkingBlockers, checkTransition, type WorkflowClaim } from "./article-workflow";
import { DECIDABLE_STATUSES } from "../claims/vocabulary";
import { DECISION_STATUSES, DEFAULT_CHECKING_POLICY, readCheckingPolicy, type CheckingPolicy } from "./checking-policy";

const claim = (overrides: Partial<WorkflowClaim>): WorkflowClaim => ({
  id: "c",
  quote: "Jane Doe",
  status: "verified",
  needsRecheck: false,
  anchorState: "anchored",
  decision: null,
  note: "",
  sourceCount: 1,
  noSourceReason: "",
  ...overrides,
});

const rules = (blockers: { rule: string; claimId?: string }[]) => blockers.map((blocker) => `${blocker.rule}${blocker.claimId ? `:${blocker.claimId}` : ""}`);

describe("article workflow", () => {
  it("blocks checking on every unresolved, changed or orphaned claim, saying why", () => {
    const blockers = checkingBlockers([
      claim({ id: "a", status: "unchecked" }),
      claim({ id: "b", status: "in_progress" }),
      claim({ id: "c", needsRecheck: true }),
      claim({ id: "d", anchorState: "orphaned" }),
      claim({ id: "e", status: "disputed", decision: "kept" }),
    ]);
    expect(rules(blockers)).toEqual(["unresolved:a", "unresolved:b", "needs_recheck:c", "orphaned:d"]);
    expect(blockers[0]!.message).toBe("“Jane Doe” is unchecked.");
    expect(blockers[2]!.message).toContain("changed since it was checked");
    expect(blockers[3]!.message).toContain("orphaned");
  });

  it("applies the default policy: decisions on incorrect and disputed claims, a source for verified ones, a note for unverifiable ones, and at least one claim", () => {
    expect(rules(checkingBlockers([]))).toEqual(["no_claims"]);
    const blockers = checkingBlockers([
      claim({ id: "disputed", status: "disputed" }),
      claim({ id: "incorrect", status: "incorrect" }),
      claim({ id: "decided", status: "incorrect", decision: "corrected" }),
      claim({ id: "bare", status: "verified", sourceCount: 0 }),
      claim({ id: "known", status: "verified", sourceCount: 0, noSourceReason: "Common knowledge: Lisbon is Portugal's capital." }),
      claim({ id: "silent", status: "unverifiable", note: "  " }),
      claim({ id: "tried", status: "unverifiable", note: "Called the ministry twice; no answer." }),
    ]);
    expect(rules(blockers)).toEqual(["decision_required:disputed", "decision_required:incorrect", "source_required:bare", "note_required:silent"]);
    expect(blockers[0]!.message).toBe("“Jane Doe” is disputed: an editor must record a decision (corrected, kept or removed).");
  });

  it("follows the desk's own policy, and a minimum coverage unless an editor recorded why not", () => {
    const lenient: CheckingPolicy = { decisionRequiredFor: [], verifiedNeedsSource: false, unverifiableNeedsNote: false, requireClaims: false, minimumCoverage: null };
    expect(checkingBlockers([claim({ status: "disputed", sourceCount: 0 }), claim({ status: "unverifiable" })], lenient)).toEqual([]);
    expect(checkingBlockers([], lenient)).toEqual([]);

    const strict: CheckingPolicy = { ...DEFAULT_CHECKING_POLICY, minimumCoverage: 60 };
    const low = { coverage: { covered: 1, sentences: 4 }, coverageWaiver: "" };
    expect(checkingBlockers([claim({})], strict, low)).toEqual([
      {
        rule: "coverage",
        message: "Claims cover 25% of the checkable sentences (1 of 4); the desk asks for 60%. Mark more claims, or an editor records why not.",
      },
    ]);
    expect(checkingBlockers([claim({})], strict, { ...low, coverageWaiver: "A column: only the figures are checkable." })).toEqual([]);
    expect(checkingBlockers([claim({})], strict, { coverage: { covered: 3, sentences: 5 }, coverageWaiver: "" })).toEqual([]);
  });

  it("reads a stored policy, falling back to the default when none is stored or it is damaged", () => {
    expect(readCheckingPolicy(null)).toEqual(DEFAULT_CHECKING_POLICY);
    expect(readCheckingPolicy({ decisionRequiredFor: ["sometimes"] })).toEqual(DEFAULT_CHECKING_POLICY);
    // The policy may only ask for decisions that can be recorded.
    expect([...DECISION_STATUSES]).toEqual([...DECIDABLE_STATUSES]);
    const custom = { decisionRequiredFor: ["disputed", "disputed"], verifiedNeedsSource: false, unverifiableNeedsNote: true, requireClaims: true, minimumCoverage: 50 };
    expect(readCheckingPolicy(custom)).toEqual({ ...custom, decisionRequiredFor: ["disputed"] });
  });

  it("lets a checker mark a fully resolved article as checked, but not sign it off", () => {
    const claims = [claim({ status: "verified" }), claim({ status: "incorrect", decision: "corrected" })];
    expect(checkTransition({ role: "checker", from: "in_check", to: "checked", claims }).ok).toBe(true);
    expect(checkTransition({ role: "checker", from: "checked", to: "signed_off", claims })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkTransition({ role: "editor", from: "checked", to: "signed_off", claims }).ok).toBe(true);
  });

  it("refuses checking while a claim is open, with the blockers", () => {
    const result = checkTransition({ role: "editor", from: "in_check", to: "checked", claims: [claim({ id: "x", status: "unchecked" })] });
    expect(result).toMatchObject({
      ok: false,
      code: "UNPROCESSABLE",
      message: "1 thing must be settled before the article is checked.",
      blockers: [{ rule: "unresolved", claimId: "x" }],
    });
    expect(checkTransition({ role: "editor", from: "checked", to: "signed_off", claims: [] })).toMatchObject({ ok: false, blockers: [{ rule: "no_claims" }] });
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
