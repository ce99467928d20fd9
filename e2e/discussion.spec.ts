import { expect, test } from "@playwright/test";
import { createArticle, createClaim, storageState } from "./helpers";

test.describe("discussion", () => {
  test.use({ storageState: storageState("checker") });

  test("a reply joins the comment's thread and tells its author", async ({ page, request, browser }) => {
    test.setTimeout(60_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const claim = await createClaim(request, article.id, "Lisbon", "place");
    const question = (await (await request.post(`/api/claims/${claim.id}/comments`, { data: { body: "Lisbon or Porto?" } })).json()) as { id: string };

    const editorPage = await editor.newPage();
    await editorPage.goto(`/articles/${article.id}?claim=${claim.id}`);
    await editorPage.getByRole("button", { name: "Reply to Cara Checker" }).click();
    await expect(editorPage.locator(".composer__reply")).toContainText("Replying to Cara Checker");
    await expect(editorPage.getByRole("combobox", { name: "Add a comment" })).toBeFocused();
    await editorPage.keyboard.type("Lisbon, per the ministry.");
    await editorPage.keyboard.press("Control+Enter");
    const replies = editorPage.getByRole("list", { name: "Replies to Cara Checker" });
    await expect(replies.locator(".comment")).toHaveText([/Lisbon, per the ministry\./]);
    await expect(editorPage.locator(".composer__reply")).toHaveCount(0);
    const stored = (await (await request.get(`/api/claims/${claim.id}/comments`)).json()) as { comments: { body: string; replyToId: string | null }[] };
    expect(stored.comments.map((comment) => comment.replyToId)).toEqual([null, question.id]);

    await page.goto("/notifications");
    await expect(page.getByText(`Eli Editor replied to your comment in “${article.title}”`)).toBeVisible();
    await editor.close();
  });

  test("the article has a discussion of its own, beside the claims' threads", async ({ page, browser }) => {
    test.setTimeout(60_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const editorPage = await editor.newPage();
    await editorPage.goto(`/articles/${article.id}`);
    const discussion = editorPage.getByRole("region", { name: /Article discussion/ });
    await discussion.getByRole("combobox", { name: "Comment on the article" }).fill("@checker is the headline's figure checked?");
    await discussion.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(discussion.locator(".comment")).toHaveText([/is the headline's figure checked\?/]);

    // The mentioned checker is told, goes to the article, and answers in the same thread.
    await page.goto("/notifications");
    const item = page.locator(".notification--unread").first();
    await expect(item).toContainText("Eli Editor mentioned you");
    await item.getByRole("link", { name: "Open the article" }).click();
    const theirs = page.getByRole("region", { name: /Article discussion/ });
    await theirs.getByRole("button", { name: "Reply to Eli Editor" }).click();
    await theirs.getByRole("combobox", { name: "Comment on the article" }).fill("Yes, against the ministry's table.");
    await page.keyboard.press("Control+Enter");
    await expect(theirs.getByRole("list", { name: "Replies to Eli Editor" }).locator(".comment")).toHaveText([/against the ministry's table/]);
    // The editor's page follows live.
    await expect(discussion.getByRole("list", { name: "Replies to Eli Editor" }).locator(".comment")).toHaveText([/against the ministry's table/], { timeout: 15_000 });
    await editor.close();
  });

  test("a comment asking someone to take the claim offers to assign it to them", async ({ request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const claim = await createClaim(request, article.id, "Lisbon", "place");
    const page = await editor.newPage();
    await page.goto(`/articles/${article.id}?claim=${claim.id}`);
    const box = page.getByRole("combobox", { name: "Add a comment" });
    await box.fill("@checker please take this");
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    const offer = page.locator(".assign-offer");
    await expect(offer).toContainText("Assign this claim to Cara Checker?");
    await offer.getByRole("button", { name: "Assign to Cara Checker" }).click();
    await expect(offer).toHaveCount(0);
    await expect(page.getByLabel("Assigned to").locator("option:checked")).toContainText("Cara Checker");
    const stored = (await (await request.get(`/api/articles/${article.id}/claims`)).json()) as { claims: { id: string; assignee: { name: string } | null }[] };
    expect(stored.claims.find((item) => item.id === claim.id)?.assignee?.name).toBe("Cara Checker");
    await editor.close();
  });

  test("a comment with a mention, picked from suggestions, lands in the mentioned editor's inbox", async ({ page, request, browser }) => {
    // Two people's pages and a comment typed key by key: slow on a busy machine.
    test.setTimeout(60_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const claim = await createClaim(request, article.id, "Lisbon", "place");

    await page.goto(`/articles/${article.id}?claim=${claim.id}`);
    const box = page.getByRole("combobox", { name: "Add a comment" });
    await box.click();
    await box.pressSequentially("Is this the **right** city, @edi");
    await expect(page.getByRole("listbox", { name: "People to mention" })).toContainText("Eli Editor");
    await page.keyboard.press("Enter");
    await box.pressSequentially("? <b>not bold</b>");
    await expect(box).toHaveValue("Is this the **right** city, @editor ? <b>not bold</b>");
    await page.keyboard.press("Control+Enter");
    const comment = page.locator(".comment").last();
    await expect(comment.locator("strong", { hasText: "right" })).toBeVisible();
    await expect(comment.locator(".mention")).toHaveText("@editor");
    await expect(comment.locator(".comment__body")).toContainText("<b>not bold</b>");
    await expect(comment.locator(".comment__body b")).toHaveCount(0);

    const inbox = await editor.newPage();
    await inbox.goto("/articles");
    await expect(inbox.getByRole("link", { name: /Inbox, \d+ unread/ })).toBeVisible();
    await inbox.goto("/notifications");
    const item = inbox.locator(".notification--unread").first();
    await expect(item).toContainText("Cara Checker mentioned you");
    await expect(item).toContainText("Is this the **right** city, @editor");
    await item.getByRole("link", { name: "Open the claim" }).click();
    await expect(inbox.locator(".claim-detail__quote")).toHaveText("Lisbon");
    await editor.close();
  });
});
