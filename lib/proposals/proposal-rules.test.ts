import { describe, expect, it } from "vitest";
import { proposalApplies, proposalProblem, verdictAfterAccepting } from "./proposal-rules";

const text = "Secretary of State Mark Rubio arrived.";
const claim = { quote: "Mark Rubio", start: 19, end: 29, anchorState: "anchored" as const };

describe("proposal rules", () => {
  it("takes a proposal for a claim attached to words within a paragraph, and a real change only", () => {
    expect(proposalProblem(claim, text, "Marco Rubio")).toBeNull();
    expect(proposalProblem(claim, text, "Mark Rubio")).toMatch(/as they are/);
    expect(proposalProblem({ ...claim, anchorState: "orphaned", start: null, end: null }, text, "Marco Rubio")).toMatch(/no longer in the text/);
    expect(proposalProblem({ quote: "arrived.\n\nHe", start: 30, end: 42, anchorState: "anchored" }, `${text}\n\nHe left.`, "arrived and")).toMatch(/paragraph break/);
  });

  it("applies while open and the claim keeps the words it was made for", () => {
    expect(proposalApplies({ quote: "Mark Rubio", state: "open" }, claim)).toBe(true);
    expect(proposalApplies({ quote: "Mark Rubio", state: "open" }, { ...claim, anchorState: "shifted", start: 25, end: 35 })).toBe(true);
    expect(proposalApplies({ quote: "Mark Rubio", state: "open" }, { ...claim, quote: "Marc Rubio" })).toBe(false);
    expect(proposalApplies({ quote: "Mark Rubio", state: "open" }, { ...claim, anchorState: "orphaned", start: null, end: null })).toBe(false);
    expect(proposalApplies({ quote: "Mark Rubio", state: "accepted" }, claim)).toBe(false);
  });

  it("turns an incorrect or disputed claim verified, recording what was corrected; leaves others to the save's rule", () => {
    expect(verdictAfterAccepting({ status: "incorrect", quote: "Mark Rubio", previousQuote: null }, "Marco Rubio")).toEqual({
      status: "verified",
      needsRecheck: false,
      previousQuote: null,
      correctedQuote: "Mark Rubio",
      correctedStatus: "incorrect",
    });
    // Judged on earlier words, changed since: the memo keeps the words as judged.
    expect(verdictAfterAccepting({ status: "disputed", quote: "Marc Rubio", previousQuote: "Mark Rubio" }, "Marco Rubio")).toMatchObject({
      correctedQuote: "Mark Rubio",
      correctedStatus: "disputed",
    });
    for (const status of ["unchecked", "in_progress", "verified", "unverifiable"] as const) {
      expect(verdictAfterAccepting({ status, quote: "Mark Rubio", previousQuote: null }, "Marco Rubio")).toBeNull();
    }
  });
});
