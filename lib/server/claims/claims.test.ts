import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { countQueries } from "@/lib/testing/count-queries";
import { getDb } from "../db";
import { addSource } from "../sources/add-source";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { listClaims } from "./list-claims";
import { forgetClaimList } from "./remembered-claim-lists";
import { updateClaim } from "./update-claim";

const TEXT = "Secretary of State Jane Doe met 40 delegates.\n\nJane Doe said the talks would resume in May.";

async function setup() {
  const editor = await createTestUser("editor");
  const checker = await createTestUser("checker");
  const article = await createTestArticle(editor, TEXT);
  return { editor, checker, article };
}

function expectAppError(promise: Promise<unknown>, code: AppError["code"], message: RegExp) {
  return expect(promise).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === code && message.test(error.message));
}

describe("createClaim", () => {
  it("anchors a quote by occurrence and stores its context", async () => {
    const { checker, article } = await setup();
    const second = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Jane Doe", occurrence: 2, kind: "name" } });
    expect(second).toMatchObject({ start: 47, end: 55, quote: "Jane Doe", status: "unchecked", version: 1, kind: "name" });
    expect(TEXT.slice(second.start!, second.end!)).toBe("Jane Doe");
    expect(second.prefix.endsWith("40 delegates.\n\n")).toBe(true);
    expect(second.suffix.startsWith(" said the talks")).toBe(true);
    expect(second.updatedBy).toEqual({ id: checker.id, name: checker.name });
  });

  it("anchors by offsets, and records who set an initial status", async () => {
    const { checker, article } = await setup();
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { start: 0, end: 27, kind: "title", status: "in_progress" } });
    expect(claim.quote).toBe("Secretary of State Jane Doe");
    expect(claim.statusChangedBy?.id).toBe(checker.id);
  });

  it("refuses a quote that is not in the text, with a 422", async () => {
    const { checker, article } = await setup();
    await expectAppError(createClaim({ actor: checker, articleId: article.id, input: { quote: "John Roe", kind: "name" } }), "UNPROCESSABLE", /does not appear/);
    await expectAppError(createClaim({ actor: checker, articleId: article.id, input: { start: 10, end: 9999, kind: "name" } }), "UNPROCESSABLE", /not a non-empty span/);
  });

  it("lets claims overlap and nest, listed in document order", async () => {
    const { checker, article } = await setup();
    const inner = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Jane Doe", kind: "name" } });
    const outer = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Secretary of State Jane Doe", kind: "title" } });
    const overlapping = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Doe met 40", kind: "event" } });
    const claims = await listClaims({ actor: checker, articleId: article.id });
    expect(claims.map((claim) => claim.id)).toEqual([outer.id, inner.id, overlapping.id]);
  });

  it("is refused to a viewer and for an unknown article", async () => {
    const { article } = await setup();
    const viewer = await createTestUser("viewer");
    const checker = await createTestUser("checker");
    await expectAppError(createClaim({ actor: viewer, articleId: article.id, input: { quote: "Jane Doe", kind: "name" } }), "FORBIDDEN", /viewer/);
    await expectAppError(createClaim({ actor: checker, articleId: "nosucharticle", input: { quote: "Jane Doe", kind: "name" } }), "NOT_FOUND", /nosucharticle/);
  });
});

describe("updateClaim", () => {
  it("changes status with the version it read, records who and logs before and after", async () => {
    const { checker, editor, article } = await setup();
    const claim = await createClaim({ actor: editor, articleId: article.id, input: { quote: "40 delegates", kind: "number" } });
    const updated = await updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", note: "Agency list", version: 1 } });
    expect(updated).toMatchObject({ status: "verified", note: "Agency list", version: 2 });
    expect(updated.statusChangedBy?.id).toBe(checker.id);
    const events = await getDb().activityEvent.findMany({ where: { claimId: claim.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["claim.created", "claim.updated"]);
    expect(events[1]).toMatchObject({ actorId: checker.id, before: { status: "unchecked", note: "" }, after: { status: "verified", note: "Agency list" } });
  });

  it("refuses a stale version with a conflict and overwrites nothing", async () => {
    const { checker, editor, article } = await setup();
    const claim = await createClaim({ actor: editor, articleId: article.id, input: { quote: "May", kind: "date" } });
    await updateClaim({ actor: editor, claimId: claim.id, input: { note: "first", version: 1 } });
    await expectAppError(updateClaim({ actor: checker, claimId: claim.id, input: { note: "second", version: 1 } }), "CONFLICT", /version 1, it is now at version 2/);
    const [stored] = (await listClaims({ actor: checker, articleId: article.id })).filter((row) => row.id === claim.id);
    expect(stored!.note).toBe("first");
  });

  it("lets exactly one of two simultaneous writers win", async () => {
    const { checker, editor, article } = await setup();
    const claim = await createClaim({ actor: editor, articleId: article.id, input: { quote: "May", kind: "date" } });
    const results = await Promise.allSettled([
      updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: 1 } }),
      updateClaim({ actor: editor, claimId: claim.id, input: { status: "incorrect", version: 1 } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const events = await getDb().activityEvent.count({ where: { claimId: claim.id, action: "claim.updated" } });
    expect(events).toBe(1);
  });
});

describe("deleteClaim", () => {
  it("removes the claim and its sources but keeps the history", async () => {
    const { checker, article } = await setup();
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "May", kind: "date" } });
    await addSource({ actor: checker, claimId: claim.id, input: { url: "https://example.org/a" } });
    await deleteClaim({ actor: checker, claimId: claim.id });
    expect(await listClaims({ actor: checker, articleId: article.id })).toEqual([]);
    expect(await getDb().source.count({ where: { claimId: claim.id } })).toBe(0);
    const actions = (await getDb().activityEvent.findMany({ where: { claimId: claim.id }, orderBy: { at: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["claim.created", "source.added", "claim.deleted"]);
  });
});

describe("listClaims", () => {
  it("costs the same number of queries for 2 claims as for 40 claims with sources", async () => {
    const { checker, article } = await setup();
    const words = TEXT.split(" ");
    const make = async (count: number) => {
      for (let index = 0; index < count; index++) {
        const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: words[index % words.length], kind: "other" } });
        await addSource({ actor: checker, claimId: claim.id, input: { url: `https://example.org/${index}` } });
      }
    };
    // Each read from the database, as on a server that has not read this list before.
    const read = () =>
      countQueries(() => {
        forgetClaimList(article.id);
        return listClaims({ actor: checker, articleId: article.id });
      });
    await make(2);
    const small = await read();
    await make(38);
    const large = await read();
    expect(large.result).toHaveLength(40);
    // Both counts are real: zero would mean the query log is not being read.
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });
});

describe("the editor's decision", () => {
  it("is recorded by an editor on an incorrect claim, refused to checkers and on verified claims", async () => {
    const { editor, checker, article } = await setup();
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "40 delegates", kind: "number", status: "incorrect" } });
    await expectAppError(updateClaim({ actor: checker, claimId: claim.id, input: { decision: "corrected", version: 1 } }), "FORBIDDEN", /decision/);
    const decided = await updateClaim({ actor: editor, claimId: claim.id, input: { decision: "corrected", decisionNote: "Changed to 41 in the copy.", version: 1 } });
    expect(decided).toMatchObject({ decision: "corrected", decisionNote: "Changed to 41 in the copy.", decidedBy: { id: editor.id } });
    const action = await getDb().activityEvent.findFirst({ where: { claimId: claim.id }, orderBy: { at: "desc" }, select: { action: true } });
    expect(action?.action).toBe("claim.decided");

    const verified = await createClaim({ actor: checker, articleId: article.id, input: { quote: "May", kind: "date", status: "verified" } });
    await expectAppError(updateClaim({ actor: editor, claimId: verified.id, input: { decision: "kept", version: 1 } }), "UNPROCESSABLE", /incorrect or disputed/);
  });
});
