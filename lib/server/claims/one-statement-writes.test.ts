import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { deleteArticle } from "../articles/delete-article";
import { updateArticle } from "../articles/update-article";
import { addComment } from "../comments/comments";
import { getDb } from "../db";
import { addSource } from "../sources/add-source";
import { createClaim } from "./create-claim";
import { insertClaimAtVersion } from "./insert-claims";
import { updateClaim } from "./update-claim";

// Marking a claim, changing it, adding a source and commenting are each written in one
// statement (the change, its history entry and any inbox rows): all or nothing, with no
// transaction held open across round trips.

const TEXT = "The council approved 42 new homes on Tuesday.\n\nMayor Ana Ruiz called it a start.";

async function setup() {
  const editor = await createTestUser("editor");
  const checker = await createTestUser("checker");
  const article = await createTestArticle(editor, TEXT);
  return { editor, checker, article };
}

const isError = (code: AppError["code"], message: RegExp) => (error: unknown) => error instanceof AppError && error.code === code && message.test(error.message);
const historyOf = (claimId: string) =>
  getDb().activityEvent.findMany({ where: { claimId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true, articleId: true, entityId: true } });

describe("writes of one statement", () => {
  it("cost one statement each, after one read of the text or the claim where the change depends on it", async () => {
    const { checker, article } = await setup();
    const created = await countQueries(() => createClaim({ actor: checker, articleId: article.id, input: { quote: "42 new homes", kind: "number" } }));
    const claim = created.result;
    const updated = await countQueries(() => updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: 1 } }));
    const sourced = await countQueries(() => addSource({ actor: checker, claimId: claim.id, input: { url: "https://example.org/minutes" } }));
    const commented = await countQueries(() => addComment({ actor: checker, claimId: claim.id, body: "Minutes, page 4." }));
    expect([created.queries, updated.queries, sourced.queries, commented.queries]).toEqual([2, 2, 1, 1]);
    expect(await historyOf(claim.id)).toEqual([
      { action: "claim.created", articleId: article.id, entityId: claim.id },
      { action: "claim.updated", articleId: article.id, entityId: claim.id },
      { action: "source.added", articleId: article.id, entityId: sourced.result.id },
      { action: "comment.added", articleId: article.id, entityId: commented.result.id },
    ]);
    expect(updated.result).toMatchObject({ status: "verified", version: 2, sources: [] });
    expect(commented.result).toMatchObject({ claimId: claim.id, body: "Minutes, page 4.", author: { id: checker.id, name: checker.name }, editedAt: null });
  });

  it("write nothing, history included, for a claim that does not exist", async () => {
    const { checker } = await setup();
    await expect(addSource({ actor: checker, claimId: "nosuchclaim", input: { url: "https://example.org/x" } })).rejects.toSatisfy(isError("NOT_FOUND", /nosuchclaim/));
    await expect(addComment({ actor: checker, claimId: "nosuchclaim", body: "Anyone?" })).rejects.toSatisfy(isError("NOT_FOUND", /nosuchclaim/));
    await expect(updateClaim({ actor: checker, claimId: "nosuchclaim", input: { note: "x", version: 1 } })).rejects.toSatisfy(isError("NOT_FOUND", /nosuchclaim/));
    expect(await getDb().activityEvent.count({ where: { claimId: "nosuchclaim" } })).toBe(0);
  });

  it("write a claim only against the text version it was anchored to", async () => {
    const { editor, checker, article } = await setup();
    const read = { id: article.id, text: TEXT, version: 1 };
    await updateArticle({ actor: editor, articleId: article.id, input: { format: "text", content: `Update: ${TEXT}`, version: 1 } });
    // Anchored to version 1 while version 2 was saved: nothing is written, history included.
    expect(await insertClaimAtVersion({ actor: checker, article: read, drafts: [{ start: 21, end: 33, kind: "number" }] })).toBeNull();
    expect(await getDb().claim.count({ where: { articleId: article.id } })).toBe(0);
    expect(await getDb().activityEvent.count({ where: { articleId: article.id, action: "claim.created" } })).toBe(0);
    // Through the API: with the old version it is a conflict; without one, the new text is used.
    await expect(createClaim({ actor: checker, articleId: article.id, input: { quote: "42 new homes", kind: "number", articleVersion: 1 } })).rejects.toSatisfy(
      isError("CONFLICT", /Article .* version 1, it is now at version 2/),
    );
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "42 new homes", kind: "number" } });
    expect(claim).toMatchObject({ start: 29, end: 41, quote: "42 new homes" });
  });

  it("mark a claim in one statement when this server has read the text of the version the workspace names", async () => {
    const { editor, checker, article } = await setup();
    // The first marking reads the text (as the workspace's first marking on a server does)...
    const first = await countQueries(() => createClaim({ actor: checker, articleId: article.id, input: { start: 21, end: 33, kind: "number", articleVersion: 1 } }));
    expect(first.queries).toBe(2);
    // ...the next ones on the same version send only the write, anchored to the same text.
    const next = await countQueries(() => createClaim({ actor: checker, articleId: article.id, input: { start: 37, end: 44, kind: "date", articleVersion: 1 } }));
    expect(next.queries).toBe(1);
    expect(next.result).toMatchObject({ quote: "Tuesday", start: 37, end: 44, prefix: expect.stringMatching(/approved 42 new homes on $/) });
    // A save this server did not see: the remembered text is of version 1, and Postgres refuses
    // a claim on it; nothing is written, and the conflict names the new version.
    await updateArticle({ actor: editor, articleId: article.id, input: { format: "text", content: `Update: ${TEXT}`, version: 1 } });
    await expect(createClaim({ actor: checker, articleId: article.id, input: { start: 0, end: 11, kind: "name", articleVersion: 1 } })).rejects.toSatisfy(
      isError("CONFLICT", /Article .* version 1, it is now at version 2/),
    );
    expect(await getDb().claim.count({ where: { articleId: article.id } })).toBe(2);
    // The conflict read version 2, so marking on it costs one statement again, on the new text.
    const onNew = await countQueries(() => createClaim({ actor: checker, articleId: article.id, input: { start: 0, end: 6, kind: "name", articleVersion: 2 } }));
    expect(onNew).toMatchObject({ queries: 1, result: { quote: "Update", start: 0, end: 6 } });
    // Re-attaching on the same version uses the same text.
    const reattached = await countQueries(() =>
      updateClaim({ actor: checker, claimId: onNew.result.id, input: { start: 8, end: 19, articleVersion: 2, version: onNew.result.version } }),
    );
    expect(reattached).toMatchObject({ queries: 2, result: { quote: "The council", start: 8, end: 19 } });
  });

  it("answer 404 for a marking on a remembered text whose article has since been deleted", async () => {
    const { editor, checker, article } = await setup();
    await createClaim({ actor: checker, articleId: article.id, input: { start: 21, end: 33, kind: "number", articleVersion: 1 } });
    await deleteArticle({ actor: editor, articleId: article.id });
    await expect(createClaim({ actor: checker, articleId: article.id, input: { start: 37, end: 44, kind: "date", articleVersion: 1 } })).rejects.toSatisfy(
      isError("NOT_FOUND", new RegExp(article.id)),
    );
  });

  it("refuse to re-attach a claim to offsets in a text that has changed since", async () => {
    const { editor, checker, article } = await setup();
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Tuesday", kind: "date" } });
    await updateArticle({ actor: editor, articleId: article.id, input: { format: "text", content: `${TEXT} More.`, version: 1 } });
    const stale = updateClaim({ actor: checker, claimId: claim.id, input: { start: 0, end: 11, articleVersion: 1, version: claim.version } });
    await expect(stale).rejects.toSatisfy(isError("CONFLICT", /Article .* version 1, it is now at version 2/));
    const reattached = await updateClaim({ actor: checker, claimId: claim.id, input: { start: 0, end: 11, articleVersion: 2, version: claim.version } });
    expect(reattached).toMatchObject({ quote: "The council", start: 0, end: 11, version: claim.version + 1 });
    expect((await historyOf(claim.id)).map((event) => event.action)).toEqual(["claim.created", "claim.reattached"]);
  });

  it("tell every mentioned person once, in the same statement as the comment", async () => {
    const { editor, checker, article } = await setup();
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Ana Ruiz", kind: "name" } });
    const handle = editor.email.split("@")[0];
    const { result: comment, queries } = await countQueries(() => addComment({ actor: checker, claimId: claim.id, body: `@${handle} and @${handle}: is it Ruiz?` }));
    expect(queries).toBe(2);
    const inbox = await getDb().notification.findMany({ where: { commentId: comment.id }, select: { userId: true, articleId: true, kind: true } });
    expect(inbox).toEqual([{ userId: editor.id, articleId: article.id, kind: "mention" }]);
  });
});
