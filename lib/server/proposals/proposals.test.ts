import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import type { ClaimDto } from "@/lib/dto";
import { getArticle } from "../articles/get-article";
import { transitionArticle } from "../articles/transition-article";
import { updateArticle } from "../articles/update-article";
import { createClaim } from "../claims/create-claim";
import { getClaimHistory } from "../claims/get-claim-history";
import { listClaims } from "../claims/list-claims";
import { updateClaim } from "../claims/update-claim";
import { getDb } from "../db";
import { listNotifications } from "../notifications/notifications";
import { getReport } from "../reports/get-report";
import { addSource } from "../sources/add-source";
import { acceptProposal, listProposals, proposeChange, rejectProposal } from "./proposals";

const TEXT = "Secretary of State Mark Rubio arrived on Monday.\n\nHe met the minister on Tuesday.";

async function setup(text = TEXT) {
  const editor = await createTestUser("editor", "Eli Editor");
  const checker = await createTestUser("checker", "Cara Checker");
  const article = await createTestArticle(editor, text);
  const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Mark Rubio", kind: "name" } });
  const later = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Tuesday", kind: "date" } });
  return { editor, checker, article, claim, later };
}

const claimOf = async (actor: Awaited<ReturnType<typeof createTestUser>>, articleId: string, id: string): Promise<ClaimDto> =>
  (await listClaims({ actor, articleId })).find((claim) => claim.id === id)!;

describe("proposed changes to a claim's words", () => {
  it("an accepted fix of an incorrect claim changes the text, verifies the claim and records the correction", async () => {
    const { editor, checker, article, claim, later } = await setup();
    const judged = await updateClaim({ actor: checker, claimId: claim.id, input: { status: "incorrect", note: "His name is Marco.", version: claim.version } });
    await addSource({ actor: checker, claimId: claim.id, input: { url: "https://state.example/secretary", title: "The Secretary" } });

    const proposal = await proposeChange({ actor: checker, claimId: claim.id, input: { replacement: "Marco Rubio", note: "Per the department's site." } });
    expect(proposal).toMatchObject({ state: "open", applies: true, quote: "Mark Rubio", replacement: "Marco Rubio", proposedBy: { id: checker.id } });
    // It travels with the claim, and the article's author hears of it.
    expect((await claimOf(editor, article.id, claim.id)).proposals).toMatchObject([{ id: proposal.id, applies: true }]);
    expect((await listNotifications({ actor: editor })).notifications[0]).toMatchObject({ kind: "proposal", claimId: claim.id });

    // Checkers propose; editors decide.
    await expect(acceptProposal({ actor: checker, proposalId: proposal.id })).rejects.toMatchObject({ status: 403 });
    const viewer = await createTestUser("viewer");
    await expect(proposeChange({ actor: viewer, claimId: claim.id, input: { replacement: "Marco" } })).rejects.toMatchObject({ status: 403 });

    const accepted = await acceptProposal({ actor: editor, proposalId: proposal.id, note: "Thanks." });
    expect(accepted.article).toMatchObject({ version: 2, text: TEXT.replace("Mark Rubio", "Marco Rubio") });
    expect(accepted.proposal).toMatchObject({ state: "accepted", revision: 2, decidedBy: { id: editor.id }, decisionNote: "Thanks.", applies: false });
    expect(accepted.claim).toMatchObject({
      quote: "Marco Rubio",
      start: 19,
      end: 30,
      anchorState: "anchored",
      status: "verified",
      needsRecheck: false,
      previousQuote: null,
      correctedQuote: "Mark Rubio",
      correctedStatus: "incorrect",
      statusChangedBy: { id: checker.id },
      proposals: [],
    });
    expect(accepted.claim.version).toBeGreaterThan(judged.version);
    // The other claim moved with the text.
    expect(await claimOf(editor, article.id, later.id)).toMatchObject({ quote: "Tuesday", anchorState: "anchored" });
    expect(await getDb().articleRevision.count({ where: { articleId: article.id } })).toBe(2);

    const history = (await getClaimHistory({ actor: editor, claimId: claim.id })).map((event) => event.action);
    expect(history).toEqual(expect.arrayContaining(["proposal.made", "claim.reanchored", "proposal.accepted"]));
    expect((await listNotifications({ actor: checker })).notifications[0]).toMatchObject({ kind: "proposal_accepted", claimId: claim.id });
    const memo = await getReport({ actor: editor, articleId: article.id, type: "corrections" });
    expect(memo.claims.find((item) => item.id === claim.id)?.correctedFrom).toEqual({ quote: "Mark Rubio", status: "incorrect" });

    // Decided once only.
    await expect(acceptProposal({ actor: editor, proposalId: proposal.id })).rejects.toMatchObject({ status: 409 });
    await expect(rejectProposal({ actor: editor, proposalId: proposal.id })).rejects.toMatchObject({ status: 409 });
    expect((await listProposals({ actor: checker, claimId: claim.id })).map((item) => item.state)).toEqual(["accepted"]);
  });

  it("refuses with 409 and changes nothing when the claim's words changed since the proposal", async () => {
    const { editor, checker, article, claim } = await setup();
    const proposal = await proposeChange({ actor: checker, claimId: claim.id, input: { replacement: "Marco Rubio" } });
    await updateArticle({ actor: editor, articleId: article.id, input: { format: "text", content: TEXT.replace("Mark Rubio", "Marc Rubio"), version: 1 } });
    expect((await claimOf(editor, article.id, claim.id)).proposals).toMatchObject([{ id: proposal.id, applies: false }]);

    await expect(acceptProposal({ actor: editor, proposalId: proposal.id })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/no longer applies.*Marc Rubio/),
    });
    expect((await getArticle({ actor: editor, articleId: article.id })).version).toBe(2);
    expect((await listProposals({ actor: editor, claimId: claim.id }))[0]).toMatchObject({ state: "open" });

    const rejected = await rejectProposal({ actor: editor, proposalId: proposal.id, note: "Fixed by hand." });
    expect(rejected).toMatchObject({ state: "rejected", decisionNote: "Fixed by hand.", revision: null });
    expect((await listNotifications({ actor: checker })).notifications[0]).toMatchObject({ kind: "proposal_rejected" });
    expect((await getClaimHistory({ actor: checker, claimId: claim.id })).map((event) => event.action)).toContain("proposal.rejected");
  });

  it("reopens a checked article, and a verified claim on new words must be checked again", async () => {
    const { editor, checker, article, claim, later } = await setup();
    for (const target of [claim, later]) {
      await addSource({ actor: checker, claimId: target.id, input: { url: "https://state.example/secretary", title: "Source" } });
      const current = await claimOf(checker, article.id, target.id);
      await updateClaim({ actor: checker, claimId: target.id, input: { status: "verified", version: current.version } });
    }
    await transitionArticle({ actor: editor, articleId: article.id, to: "in_check" });
    await transitionArticle({ actor: checker, articleId: article.id, to: "checked" });
    const proposal = await proposeChange({ actor: checker, claimId: later.id, input: { replacement: "Wednesday" } });
    const { article: saved, claim: changed } = await acceptProposal({ actor: editor, proposalId: proposal.id });
    expect(saved).toMatchObject({ state: "in_check", text: TEXT.replace("Tuesday", "Wednesday") });
    expect(changed).toMatchObject({ quote: "Wednesday", status: "verified", needsRecheck: true, previousQuote: "Tuesday", correctedQuote: null });
  });

  it("lets one of two editors accepting at once win; the other is told it was decided", async () => {
    const { editor, checker, claim } = await setup();
    const other = await createTestUser("admin");
    const proposal = await proposeChange({ actor: checker, claimId: claim.id, input: { replacement: "Marco Rubio" } });
    const results = await Promise.allSettled([acceptProposal({ actor: editor, proposalId: proposal.id }), acceptProposal({ actor: other, proposalId: proposal.id })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { status: 409 } });
  });

  it("closes the other open proposals for the same words when one is accepted, even when two are accepted at once", async () => {
    const { editor, checker, claim } = await setup();
    const other = await createTestUser("checker", "Otto Checker");
    const admin = await createTestUser("admin");
    const first = await proposeChange({ actor: checker, claimId: claim.id, input: { replacement: "Marco Rubio" } });
    const second = await proposeChange({ actor: other, claimId: claim.id, input: { replacement: "Marco A. Rubio" } });
    const results = await Promise.allSettled([acceptProposal({ actor: editor, proposalId: first.id }), acceptProposal({ actor: admin, proposalId: second.id })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { status: 409 } });

    const states = await listProposals({ actor: editor, claimId: claim.id });
    const accepted = states.find((proposal) => proposal.state === "accepted")!;
    const closed = states.find((proposal) => proposal.state === "rejected")!;
    expect(closed.decisionNote).toMatch(/Another proposed change to these words was accepted/);
    const loser = closed.proposedBy.id === checker.id ? checker : other;
    expect((await listNotifications({ actor: loser })).notifications[0]).toMatchObject({ kind: "proposal_rejected", claimId: claim.id });
    expect((await getClaimHistory({ actor: editor, claimId: claim.id })).map((event) => event.action)).toEqual(expect.arrayContaining(["proposal.accepted", "proposal.rejected"]));
    expect((await claimOf(editor, (await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).articleId, claim.id)).quote).toBe(accepted.replacement);
  });

  it("refuses a proposal the text cannot take", async () => {
    const { checker, claim } = await setup();
    await expect(proposeChange({ actor: checker, claimId: claim.id, input: { replacement: "Mark Rubio" } })).rejects.toMatchObject({ status: 422 });
    await expect(proposeChange({ actor: checker, claimId: "nosuchclaim", input: { replacement: "x" } })).rejects.toMatchObject({ status: 404 });
  });
});
