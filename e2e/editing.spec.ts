import { expect, test, type Page } from "@playwright/test";
import { ARTICLE_TEXT, createArticle, createClaim, selectInArticle, storageState } from "./helpers";

async function typeAtStart(page: Page, text: string) {
  await page.locator(".article-body.ProseMirror").click(); // the editor, not its loading placeholder
  await page.keyboard.press("Control+Home");
  await page.keyboard.type(text);
}

test.describe("editing a checked article", () => {
  test.use({ storageState: storageState("editor") });

  test("highlights follow typing, and saving re-anchors claims to the new text", async ({ page, request }) => {
    const article = await createArticle(request);
    const claim = await createClaim(request, article.id, "27 ministers", "number");
    await page.goto(`/articles/${article.id}`);
    const highlight = page.locator(`.article-body [data-claim-id="${claim.id}"]`);
    await expect(highlight).toHaveText("27 ministers");

    await typeAtStart(page, "Breaking: ");
    await expect(page.getByText("Unsaved edits.").filter({ visible: true })).toBeVisible();
    await expect(highlight).toHaveText("27 ministers");
    await expect(page.locator(".article-body p").first()).toContainText("Breaking: Secretary of State");

    await page.keyboard.press("Control+s");
    await expect(page.getByRole("status")).toContainText("Saved as version 2. Every claim is still on its text.");
    await expect(page.getByText("Version 2 · saved by Eli Editor").filter({ visible: true })).toBeVisible();

    const claims = (await (await request.get(`/api/articles/${article.id}/claims`)).json()).claims;
    expect(claims[0]).toMatchObject({ quote: "27 ministers", anchorState: "anchored", start: ARTICLE_TEXT.indexOf("27 ministers") + "Breaking: ".length });
    await page.reload();
    await expect(highlight).toHaveText("27 ministers");
  });

  test("a save over someone else's newer version is refused, and both texts stay available", async ({ page, request, browser }) => {
    const article = await createArticle(request);
    await page.goto(`/articles/${article.id}`);
    await typeAtStart(page, "Mine: ");

    const admin = await browser.newContext({ storageState: storageState("admin") });
    const theirs = await admin.request.put(`/api/articles/${article.id}`, { data: { format: "text", content: `Theirs: ${ARTICLE_TEXT}`, version: 1 } });
    expect(theirs.status()).toBe(200);
    await admin.close();

    await page.getByRole("button", { name: /Save text/ }).click();
    const conflict = page.getByRole("alertdialog");
    await expect(conflict).toContainText("Ada Admin saved version 2 while you were editing");
    await expect(conflict.locator(".diff .diff__removed").first()).toContainText("Theirs");
    await expect(conflict.locator(".diff .diff__added").first()).toContainText("Mine");
    await expect(page.locator(".article-body p").first()).toContainText("Mine: Secretary of State");
    const stored = await (await request.get(`/api/articles/${article.id}`)).json();
    expect(stored.text.startsWith("Theirs: ")).toBe(true);
  });

  test("the revisions page shows what changed between versions", async ({ page, request }) => {
    const article = await createArticle(request);
    const edited = ARTICLE_TEXT.replace("27 ministers", "28 ministers");
    expect((await request.put(`/api/articles/${article.id}`, { data: { format: "text", content: edited, version: 1 } })).status()).toBe(200);
    await page.goto(`/articles/${article.id}`);
    await page.getByRole("link", { name: "Revisions and changes" }).click();
    await expect(page.getByRole("heading", { name: "Changes from v1 to v2" })).toBeVisible();
    await expect(page.locator(".diff .diff__removed")).toHaveText("[removed: 27]");
    await expect(page.locator(".diff .diff__added")).toHaveText("[added: 28]");
    const revisions = await (await request.get(`/api/articles/${article.id}/revisions`)).json();
    expect(revisions.revisions.map((revision: { number: number }) => revision.number)).toEqual([2, 1]);
    expect((await (await request.get(`/api/articles/${article.id}/revisions/1`)).json()).text).toBe(ARTICLE_TEXT);
  });
});

test.describe("checking after the text changed", () => {
  test.use({ storageState: storageState("checker") });

  test("a verified claim whose words changed is flagged until confirmed", async ({ page, request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const claim = await createClaim(request, article.id, "Secretary of State Jane Doe", "title");
    expect((await request.patch(`/api/claims/${claim.id}`, { data: { status: "verified", version: 1 } })).status()).toBe(200);
    const edited = ARTICLE_TEXT.replace("Secretary of State Jane Doe", "Secretary of State Jane Doe-Smith");
    const saved = await editor.request.put(`/api/articles/${article.id}`, { data: { format: "text", content: edited, version: 1 } });
    expect((await saved.json()).reanchored).toEqual({ anchored: 0, shifted: 1, orphaned: 0, needsRecheck: 1 });
    await editor.close();

    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole("button", { name: /Save text/ })).toHaveCount(0);
    // Read-only: a caret to select with, but the text refuses changes (keyboard-and-filters.spec.ts types into it).
    await expect(page.locator(".article-body")).toHaveAttribute("aria-readonly", "true");
    await expect(page.locator(".workspace__progress")).toContainText("1 changed since checked");
    await page.locator(`[data-claim-item="${claim.id}"]`).click();
    const notice = page.getByRole("region", { name: "Changed since checked" });
    await expect(notice).toContainText("Secretary of State Jane Doe");
    await expect(notice.locator("ins")).toHaveText("Secretary of State Jane Doe-Smith");

    const report = await (await request.get(`/api/articles/${article.id}/report?format=md`)).text();
    expect(report).toContain("## Changed since checked");

    await notice.getByRole("button", { name: "Confirm: Verified still holds" }).click();
    await expect(page.getByRole("region", { name: "Changed since checked" })).toHaveCount(0);
    await expect(page.locator(".workspace__progress")).not.toContainText("changed since checked");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.locator(".history")).toContainText("Confirmed after the text changed");
    await expect(page.locator(".history")).toContainText("Text changed: Secretary of State Jane Doe → Secretary of State Jane Doe-Smith");
  });

  test("a claim whose paragraph was deleted is orphaned, and can be re-attached", async ({ page, request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const claim = await createClaim(request, article.id, "€4.5 billion", "number");
    const paragraphs = ARTICLE_TEXT.split("\n\n");
    const edited = [...paragraphs.slice(0, 2), "The port project will cost 4.5 billion euros."].join("\n\n");
    await editor.request.put(`/api/articles/${article.id}`, { data: { format: "text", content: edited, version: 1 } });
    await editor.close();

    await page.goto(`/articles/${article.id}`);
    const orphans = page.getByRole("list", { name: "Orphaned claims" });
    await expect(orphans.locator(`[data-claim-item="${claim.id}"]`)).toBeVisible();
    await expect(page.locator(`.article-body [data-claim-id="${claim.id}"]`)).toHaveCount(0);
    await orphans.locator(`[data-claim-item="${claim.id}"]`).click();
    await expect(page.getByRole("region", { name: "Orphaned claim", exact: true })).toBeVisible();

    await selectInArticle(page, "4.5 billion euros");
    await page.getByRole("button", { name: "Re-attach to selected text" }).click();
    await expect(page.getByRole("list", { name: "Orphaned claims" })).toHaveCount(0);
    await expect(page.locator(`.article-body [data-claim-id="${claim.id}"]`)).toHaveText("4.5 billion euros");
  });
});
