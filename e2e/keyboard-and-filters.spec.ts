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

  test("a reader moves a caret through the read-only article, selects by word and sentence, and marks and opens claims without a mouse", async ({ page, browser, request }) => {
    test.setTimeout(60_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    const lisbon = await createClaim(request, article.id, "Lisbon", "place");
    await page.goto(`/articles/${article.id}`);
    const text = page.locator(".article-body.ProseMirror");
    await expect(text).toHaveAttribute("aria-readonly", "true");
    await expect(page.locator(`[data-claim-item="${lisbon.id}"]`)).toBeVisible();

    // The article is in the tab order.
    await expect
      .poll(
        async () => {
          await page.keyboard.press("Tab");
          return page.evaluate(() => document.activeElement?.classList.contains("ProseMirror") ?? false);
        },
        { message: "Tab reaches the article text", intervals: [0], timeout: 20_000 },
      )
      .toBe(true);
    const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? "");

    // A sentence with Alt+Shift+↓ from the start of the text.
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Alt+Shift+ArrowDown");
    expect(await selected()).toBe("Secretary of State Jane Doe arrived in Lisbon on 3 March 2026 for talks with 27 ministers.");

    // Words with Ctrl+Shift+→ from the caret before "Jane".
    await page.keyboard.press("Control+Home");
    for (let step = 0; step < "Secretary of State ".length; step++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    expect((await selected()).trim()).toBe("Jane Doe");
    await page.keyboard.press("c");
    await page.keyboard.press("1"); // Name
    await expect(page.locator("[data-claim-item]")).toHaveCount(2);
    await expect(page.locator(".claim-detail")).toContainText("Jane Doe");

    // Typing changes nothing in a text the reader may not edit.
    await text.focus();
    await page.keyboard.press("End");
    await page.keyboard.type("zzz");
    await page.keyboard.press("Backspace");
    await expect(text).not.toContainText("zzz");
    await expect(text).toContainText("27 ministers.");

    // Enter on a highlight opens its claim.
    await page.keyboard.press("Control+Home");
    for (let step = 0; step < "Secretary of State Jane Doe arrived in Li".length; step++) await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.locator(`[data-claim-item="${lisbon.id}"]`)).toHaveClass(/claim-item--selected/);
    await expect(page.locator(".claim-detail")).toContainText("Lisbon");
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
