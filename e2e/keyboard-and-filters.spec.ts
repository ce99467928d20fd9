import { expect, test } from "@playwright/test";
import { createArticle, createClaim, selectInArticle, storageState } from "./helpers";

test.describe("keyboard and filters", () => {
  test.use({ storageState: storageState("checker") });

  test("a checker marks a claim and sets its status from the keyboard alone", async ({ page, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    await page.goto(`/articles/${article.id}`);
    await selectInArticle(page, "Lisbon");
    await page.keyboard.press("c");
    await page.keyboard.press("4"); // Place
    const item = page.locator("[data-claim-item]");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("Place");
    await page.keyboard.press("3"); // Verified
    await expect(item.locator(".status-badge")).toHaveText("✓Verified");
    await page.keyboard.press("s");
    await expect(page.getByLabel("URL")).toBeFocused();
    await page.keyboard.type("https://gov.example/lisbon");
    await page.keyboard.press("Enter");
    await expect(page.locator(".source__title")).toHaveText("https://gov.example/lisbon");
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("Set the selected claim to Verified");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toHaveCount(0);
  });

  test("filters narrow the claims list and live in the URL", async ({ page, request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    const verified = await createClaim(request, article.id, "Lisbon", "place");
    await request.patch(`/api/claims/${verified.id}`, { data: { status: "verified", version: 1 } });
    const open = await createClaim(request, article.id, "27 ministers", "number");

    await page.goto(`/articles/${article.id}?status=verified`);
    await expect(page.locator("[data-claim-item]")).toHaveCount(1);
    await expect(page.locator(`[data-claim-item="${verified.id}"]`)).toBeVisible();
    await page.locator(`[data-claim-item="${verified.id}"]`).click();
    await expect(page.locator(".claim-detail")).toContainText("Lisbon");
    await page
      .getByRole("combobox", { name: /^Status/ })
      .first()
      .selectOption("unchecked");
    await expect(page.locator("[data-claim-item]")).toHaveCount(1);
    // The open claim is filtered out: its details close with it.
    await expect(page.locator(".claim-detail")).toHaveCount(0);
    await expect(page.locator(`[data-claim-item="${open.id}"]`)).toBeVisible();
    await expect(page).toHaveURL(/status=unchecked/);
    await page.getByLabel("No source yet").check();
    await expect(page).toHaveURL(/nosource=1/);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page.locator("[data-claim-item]")).toHaveCount(2);
  });
});
