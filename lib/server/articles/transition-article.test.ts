import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { getDb } from "../db";
import { getMyQueue } from "../queue/get-my-queue";
import { transitionArticle } from "./transition-article";
import { updateArticle } from "./update-article";

const TEXT = "Mayor Elena Vasquez opened the bridge on 14 October 2025.";

const appError = (code: AppError["code"]) => (error: unknown) => error instanceof AppError && error.code === code;

describe("article workflow", () => {
  it("goes draft → in check → checked → signed off only once every claim is resolved, recording who signed off", async () => {
    const editor = await createTestUser("editor", "Eli Editor");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(editor, TEXT);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "14 October 2025", kind: "date" } });
    await transitionArticle({ actor: editor, articleId: article.id, to: "in_check" });

    const refused = transitionArticle({ actor: checker, articleId: article.id, to: "checked" });
    await expect(refused).rejects.toSatisfy(
      (error: unknown) =>
        appError("UNPROCESSABLE")(error) &&
        JSON.stringify((error as AppError).details) === JSON.stringify({ blockers: [{ claimId: claim.id, reason: "“14 October 2025” is unchecked." }] }),
    );

    await updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: 1 } });
    expect((await transitionArticle({ actor: checker, articleId: article.id, to: "checked" })).state).toBe("checked");
    await expect(transitionArticle({ actor: checker, articleId: article.id, to: "signed_off" })).rejects.toSatisfy(appError("FORBIDDEN"));
    const signed = await transitionArticle({ actor: editor, articleId: article.id, to: "signed_off" });
    expect(signed).toMatchObject({ state: "signed_off", signedOffBy: { id: editor.id, name: "Eli Editor" } });

    const events = await getDb().activityEvent.findMany({ where: { articleId: article.id, action: "article.transitioned" }, orderBy: { at: "asc" } });
    expect(events.map((event) => (event.after as { state: string }).state)).toEqual(["in_check", "checked", "signed_off"]);
  });

  it("reopens the check when a signed-off text is edited", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, TEXT);
    await transitionArticle({ actor: editor, articleId: article.id, to: "in_check" });
    await transitionArticle({ actor: editor, articleId: article.id, to: "checked" });
    await transitionArticle({ actor: editor, articleId: article.id, to: "signed_off" });
    const { article: edited } = await updateArticle({ actor: editor, articleId: article.id, input: { format: "text", content: `${TEXT} More.`, version: 1 } });
    expect(edited).toMatchObject({ state: "in_check", signedOffBy: null, signedOffAt: null });
  });
});

describe("assignment and the queue", () => {
  it("assigns a claim to a checker, shows it in their queue oldest first until resolved, and refuses viewers", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const viewer = await createTestUser("viewer");
    const article = await createTestArticle(editor, TEXT);
    const first = await createClaim({ actor: editor, articleId: article.id, input: { quote: "Mayor Elena Vasquez", kind: "title" } });
    const second = await createClaim({ actor: editor, articleId: article.id, input: { quote: "14 October 2025", kind: "date" } });
    await updateClaim({ actor: editor, claimId: second.id, input: { assigneeId: checker.id, version: 1 } });
    const assigned = await updateClaim({ actor: editor, claimId: first.id, input: { assigneeId: checker.id, version: 1 } });
    expect(assigned.assignee).toEqual({ id: checker.id, name: checker.name });

    const queue = await getMyQueue({ actor: checker });
    expect(queue.map((item) => item.claim.id)).toEqual([first.id, second.id]);
    expect(queue[0]!.article).toEqual({ id: article.id, title: article.title, state: "draft" });
    expect((await getMyQueue({ actor: checker, filters: { kind: "date" } })).map((item) => item.claim.id)).toEqual([second.id]);

    await updateClaim({ actor: checker, claimId: first.id, input: { status: "verified", version: 2 } });
    expect((await getMyQueue({ actor: checker })).map((item) => item.claim.id)).toEqual([second.id]);

    await expect(updateClaim({ actor: editor, claimId: second.id, input: { assigneeId: viewer.id, version: 2 } })).rejects.toSatisfy(appError("UNPROCESSABLE"));
    const history = await getDb().activityEvent.findFirst({ where: { claimId: first.id, action: "claim.updated" }, orderBy: { at: "asc" } });
    expect(history).toMatchObject({ before: { assigneeId: null }, after: { assigneeId: checker.id } });
  });
});
