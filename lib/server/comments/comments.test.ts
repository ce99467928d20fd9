import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { createClaim } from "../claims/create-claim";
import { getDb } from "../db";
import { handleOf } from "../users/list-users";
import { listNotifications, markNotificationsRead } from "../notifications/notifications";
import { addComment, deleteComment, editComment, listComments, setThreadResolved } from "./comments";

async function setup() {
  const editor = await createTestUser("editor", "Eli Editor");
  const checker = await createTestUser("checker", "Cara Checker");
  const admin = await createTestUser("admin", "Ada Admin");
  const article = await createTestArticle(editor, "Secretary of State Jane Doe arrived on Monday.");
  const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Jane Doe", kind: "name" } });
  return { editor, checker, admin, article, claim };
}

const forbidden = (error: unknown) => error instanceof AppError && error.code === "FORBIDDEN";

describe("claim discussion", () => {
  it("notifies the people mentioned, once each, and never the author", async () => {
    const { editor, checker, claim } = await setup();
    const comment = await addComment({
      actor: checker,
      claimId: claim.id,
      body: `@${handleOf(editor.email)} can you confirm? cc @${handleOf(checker.email)} and @${handleOf(editor.email)}`,
    });
    const inbox = await listNotifications({ actor: editor });
    expect(inbox.unread).toBe(1);
    expect(inbox.notifications[0]).toMatchObject({ kind: "mention", actor: { id: checker.id }, claimId: claim.id, commentId: comment.id });
    expect((await listNotifications({ actor: checker })).unread).toBe(0);
    expect(await markNotificationsRead({ actor: editor })).toBe(1);
    expect((await listNotifications({ actor: editor })).unread).toBe(0);
  });

  it("threads replies one level deep, tells the thread's author, and refuses a comment of another claim", async () => {
    const { editor, checker, admin, article, claim } = await setup();
    const question = await addComment({ actor: checker, claimId: claim.id, body: "Is it Jane or Janet?" });
    const answer = await addComment({ actor: editor, claimId: claim.id, body: "Jane, per the ministry.", replyTo: question.id });
    expect(answer.replyToId).toBe(question.id);
    // A reply to a reply joins the thread it is in.
    const thanks = await addComment({ actor: checker, claimId: claim.id, body: "Thanks!", replyTo: answer.id });
    expect(thanks.replyToId).toBe(question.id);
    expect((await listComments({ actor: admin, claimId: claim.id })).map((comment) => comment.replyToId)).toEqual([null, question.id, question.id]);

    // The thread's author hears of replies by others, not of their own.
    const inbox = await listNotifications({ actor: checker });
    expect(inbox.notifications).toHaveLength(1);
    expect(inbox.notifications[0]).toMatchObject({ kind: "reply", actor: { id: editor.id }, claimId: claim.id, commentId: answer.id });
    expect((await listNotifications({ actor: editor })).unread).toBe(0);

    const other = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Monday", kind: "date" } });
    await expect(addComment({ actor: editor, claimId: other.id, body: "Wrong thread", replyTo: question.id })).rejects.toMatchObject({ status: 422 });
    await expect(addComment({ actor: editor, claimId: claim.id, body: "Nobody", replyTo: "nosuchcomment" })).rejects.toMatchObject({ status: 422 });

    // Deleting the question leaves its replies in the discussion, as comments of their own.
    await deleteComment({ actor: checker, commentId: question.id });
    expect((await listComments({ actor: admin, claimId: claim.id })).map((comment) => [comment.body, comment.replyToId])).toEqual([
      ["Jane, per the ministry.", null],
      ["Thanks!", null],
    ]);
  });

  it("lets only the author edit, keeps the earlier text in the history, and notifies only new mentions", async () => {
    const { editor, checker, admin, claim } = await setup();
    const comment = await addComment({ actor: checker, claimId: claim.id, body: "First version" });
    await expect(editComment({ actor: editor, commentId: comment.id, body: "Hijacked" })).rejects.toSatisfy(forbidden);
    const edited = await editComment({ actor: checker, commentId: comment.id, body: `Second version, @${handleOf(admin.email)}` });
    expect(edited.editedAt).not.toBeNull();
    const event = await getDb().activityEvent.findFirst({ where: { entityId: comment.id, action: "comment.edited" } });
    expect(event).toMatchObject({ before: { body: "First version" }, after: { body: `Second version, @${handleOf(admin.email)}` } });
    expect((await listNotifications({ actor: admin })).unread).toBe(1);
  });

  it("lets the author or an admin delete, nobody else", async () => {
    const { editor, checker, admin, claim } = await setup();
    const first = await addComment({ actor: checker, claimId: claim.id, body: "one" });
    const second = await addComment({ actor: checker, claimId: claim.id, body: "two" });
    await expect(deleteComment({ actor: editor, commentId: first.id })).rejects.toSatisfy(forbidden);
    await deleteComment({ actor: checker, commentId: first.id });
    await deleteComment({ actor: admin, commentId: second.id });
    expect(await listComments({ actor: editor, claimId: claim.id })).toEqual([]);
  });

  it("resolves and reopens a thread, recording who", async () => {
    const { checker, claim } = await setup();
    await addComment({ actor: checker, claimId: claim.id, body: "Done?" });
    expect(await setThreadResolved({ actor: checker, claimId: claim.id, resolved: true })).toMatchObject({ threadResolvedBy: { id: checker.id } });
    expect(await setThreadResolved({ actor: checker, claimId: claim.id, resolved: false })).toEqual({ threadResolvedAt: null, threadResolvedBy: null });
  });
});

describe("the article's own discussion", () => {
  it("keeps comments on the article apart from the claims' threads, with replies, mentions, edits and deletion", async () => {
    const { editor, checker, admin, article, claim } = await setup();
    await addComment({ actor: checker, claimId: claim.id, body: "On the claim." });
    const question = await addComment({ actor: checker, articleId: article.id, body: `Is the headline final, @${handleOf(editor.email)}?` });
    expect(question).toMatchObject({ articleId: article.id, claimId: null, replyToId: null });
    const answer = await addComment({ actor: editor, articleId: article.id, body: "Yes.", replyTo: question.id });
    expect(answer.replyToId).toBe(question.id);

    expect((await listComments({ actor: admin, articleId: article.id })).map((comment) => comment.body)).toEqual([question.body, "Yes."]);
    expect((await listComments({ actor: admin, claimId: claim.id })).map((comment) => comment.body)).toEqual(["On the claim."]);
    // A reply stays in its discussion: not to a claim's comment from the article's, nor the other way.
    const onClaim = (await listComments({ actor: admin, claimId: claim.id }))[0]!;
    await expect(addComment({ actor: editor, articleId: article.id, body: "Wrong place", replyTo: onClaim.id })).rejects.toMatchObject({ status: 422 });
    await expect(addComment({ actor: editor, claimId: claim.id, body: "Wrong place", replyTo: question.id })).rejects.toMatchObject({ status: 422 });

    // The mentioned editor and the question's author hear of it, about the article and no claim.
    const editorInbox = await listNotifications({ actor: editor });
    expect(editorInbox.notifications[0]).toMatchObject({ kind: "mention", articleId: article.id, claimId: "", commentId: question.id });
    expect((await listNotifications({ actor: checker })).notifications[0]).toMatchObject({ kind: "reply", articleId: article.id, commentId: answer.id });
    const logged = await getDb().activityEvent.findFirst({ where: { entityId: question.id, action: "comment.added" } });
    expect(logged).toMatchObject({ articleId: article.id, claimId: null });

    await editComment({ actor: checker, commentId: question.id, body: "Is the headline final?" });
    await deleteComment({ actor: editor, commentId: answer.id });
    expect((await listComments({ actor: admin, articleId: article.id })).map((comment) => [comment.body, comment.editedAt !== null])).toEqual([["Is the headline final?", true]]);

    await expect(addComment({ actor: checker, articleId: "nosucharticle", body: "Anyone?" })).rejects.toMatchObject({ status: 404 });
    await expect(listComments({ actor: checker, articleId: "nosucharticle" })).rejects.toMatchObject({ status: 404 });
  });
});
