import { expect, test } from "@playwright/test";
import { createArticle, createClaim, storageState } from "./helpers";

test.describe("a viewer", () => {
  test.use({ storageState: storageState("viewer") });

  test("reads everything but cannot change anything, in the UI or the API", async ({ page, request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const claim = await createClaim(editor.request, article.id, "Jane Doe");
    await editor.close();

    await page.goto(`/articles/${article.id}`);
    await expect(page.getByText("You have read-only access").filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("button", { name: /Mark claim/ })).toHaveCount(0);
    await page.locator(`[data-claim-item="${claim.id}"]`).click();
    await expect(page.getByRole("radio", { name: /Verified/ })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Add source" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
    await page.goto("/articles");
    await expect(page.getByRole("link", { name: "New article" })).toHaveCount(0);

    expect((await request.get(`/api/articles/${article.id}/claims`)).status()).toBe(200);
    const patch = await request.patch(`/api/claims/${claim.id}`, { data: { status: "verified", version: claim.version } });
    expect(patch.status()).toBe(403);
    expect(await patch.json()).toEqual({ error: "Your role (viewer) may not create or change claims." });
    expect((await request.post(`/api/articles/${article.id}/claims`, { data: { quote: "Lisbon", kind: "place" } })).status()).toBe(403);
    expect((await request.post("/api/articles", { data: { title: "x", format: "text", content: "y" } })).status()).toBe(403);
    expect((await request.delete(`/api/claims/${claim.id}`)).status()).toBe(403);
    expect((await request.get(`/api/articles/${article.id}/report?format=json`)).status()).toBe(200);
  });
});
