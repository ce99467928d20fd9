import { describe, expect, it } from "vitest";
import { describeLiveChanges, lastChangedBy, liveRefresh, type LiveEvent } from "./live-event";

const eli = { id: "u-eli", name: "Eli Editor" };
const cat = { id: "u-cat", name: "Cat Checker" };
let counter = 0;
const event = (action: LiveEvent["action"], actor = eli, claimId: string | null = "c1", entityType = action.split(".")[0]!): LiveEvent => ({
  id: `e${++counter}`,
  action,
  entityType,
  entityId: claimId ?? "a1",
  claimId,
  at: "2026-12-02T10:00:00.000Z",
  actor,
});

describe("liveRefresh", () => {
  it("reads the claims again for claim, source and comment changes, and a discussion for its comments", () => {
    expect(liveRefresh([event("claim.updated"), event("comment.added", eli, "c2")])).toEqual({ claims: true, discussions: ["c2"], articleDiscussion: false, article: null });
    expect(liveRefresh([event("source.removed")])).toEqual({ claims: true, discussions: [], articleDiscussion: false, article: null });
    // A comment on the article as a whole: its discussion, not the claims.
    expect(liveRefresh([event("comment.added", eli, null, "comment")])).toEqual({ claims: false, discussions: [], articleDiscussion: true, article: null });
  });

  it("reads the article's text again after a save (and the claims it re-anchored), its settings after a workflow move", () => {
    expect(liveRefresh([event("article.transitioned", eli, null, "article")])).toEqual({ claims: false, discussions: [], articleDiscussion: false, article: "meta" });
    expect(liveRefresh([event("article.lead_checker", eli, null, "article"), event("article.edited", eli, null, "article")])).toEqual({
      claims: true,
      discussions: [],
      articleDiscussion: false,
      article: "text",
    });
  });
});

describe("describeLiveChanges", () => {
  it("names each colleague once with what they did, and leaves out my own changes and re-anchoring", () => {
    const events = [
      event("claim.updated"),
      event("claim.updated", eli, "c2"),
      event("comment.added"),
      event("claim.created", cat),
      event("claim.updated", cat),
      event("claim.reanchored"),
    ];
    expect(describeLiveChanges(events, "u-cat")).toBe("Eli Editor changed a claim and commented.");
    expect(describeLiveChanges(events, "nobody")).toBe("Eli Editor changed a claim and commented; Cat Checker marked a claim and changed a claim.");
    expect(describeLiveChanges([event("claim.updated", cat)], "u-cat")).toBeNull();
  });
});

describe("lastChangedBy", () => {
  it("keeps the latest person per claim", () => {
    const changed = lastChangedBy([event("claim.updated", eli, "c1"), event("claim.updated", cat, "c1"), event("source.added", eli, "c2"), event("claim.reanchored", eli, "c1")]);
    expect(Object.fromEntries(changed)).toEqual({ c1: cat, c2: eli });
  });
});
