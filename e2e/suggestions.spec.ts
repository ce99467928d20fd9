import { expect, test } from "@playwright/test";
import { createArticle, storageState, uniqueTitle } from "./helpers";

test.describe("claim suggestions", () => {
  test.use({ storageState: storageState("checker") });

  test("a checker accepts a suggestion with the mouse, dismisses one with the keyboard, and coverage rises", async ({ page, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    await page.goto(`/articles/${article.id}`);
    await expect(page.locator(".coverage")).toContainText("Coverage 0%");

    await page.getByRole("tab", { name: /Suggestions/ }).click();
    const title = page.locator("[data-suggestion-item]").filter({ has: page.getByRole("button", { name: "Secretary of State Jane Doe", exact: true }) });
    await expect(title).toBeVisible();
    await expect(page.locator(".article-body .suggestion-mark").first()).toBeVisible();
    await title.getByRole("button", { name: "Accept" }).click();
    await expect(title).toHaveCount(0);

    await page.getByRole("tab", { name: "Claims" }).click();
    const claim = page.locator("[data-claim-item]").filter({ hasText: "Secretary of State Jane Doe" }).first();
    await expect(claim).toBeVisible();
    await expect(page.locator(".coverage")).not.toContainText("Coverage 0%");
    await claim.click();
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.locator(".history")).toContainText("Accepted from a suggestion as Title");

    // Keyboard: J picks the first suggestion, X dismisses it, and it is not proposed again.
    await page.getByRole("tab", { name: /Suggestions/ }).click();
    await page.keyboard.press("j");
    const current = page.locator(".suggestion--current");
    await expect(current).toHaveCount(1);
    const dismissed = (await current.locator(".suggestion__quote").textContent())!;
    await page.keyboard.press("x");
    const dismissedItem = page.locator("[data-suggestion-item]").filter({ has: page.getByRole("button", { name: dismissed, exact: true }) });
    await expect(dismissedItem).toHaveCount(0);
    await page.reload();
    await page.getByRole("tab", { name: /Suggestions/ }).click();
    await expect(page.locator(".suggestion").first()).toBeVisible();
    await expect(dismissedItem).toHaveCount(0);
  });

  test("the suggestions API answers with kinds, spans and sentences, and accepts by id", async ({ request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    const listed = await (await request.get(`/api/articles/${article.id}/suggestions`)).json();
    const number = listed.suggestions.find((suggestion: { kind: string; quote: string }) => suggestion.kind === "number" && suggestion.quote === "27 ministers");
    expect(number).toMatchObject({ start: article.text.indexOf("27 ministers"), sentence: { text: expect.stringContaining("27 ministers") } });
    const accepted = await request.post(`/api/articles/${article.id}/suggestions/${number.id}/accept`);
    expect(accepted.status()).toBe(201);
    expect(await accepted.json()).toMatchObject({ kind: "number", quote: "27 ministers" });
    const again = await request.post(`/api/articles/${article.id}/suggestions/${number.id}/accept`);
    expect(again.status()).toBe(404);
    const bad = await request.post(`/api/articles/${article.id}/suggestions/accept-all`, { data: { kind: "planet" } });
    expect(bad.status()).toBe(400);
  });

  test("repeats fold into one row with their count and sentence, in the order of the text or by kind", async ({ page, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(
      editor.request,
      uniqueTitle("Launch"),
      [
        "SEOUL — North Korea fired two missiles into the sea on Thursday. Leader Kim Jong Un watched the launch from a ship.",
        "North Korea's state media praised the test. Kim has since overseen more than 100 tests, and North Korea said more would follow.",
      ].join("\n\n"),
    );
    await editor.close();
    await page.goto(`/articles/${article.id}`);
    await page.getByRole("tab", { name: /Suggestions/ }).click();

    const row = (quote: string) => page.locator("[data-suggestion-item]").filter({ has: page.getByRole("button", { name: quote, exact: true }) });
    const northKorea = row("North Korea");
    await expect(northKorea).toContainText("×3");
    await expect(northKorea.locator(".suggestion__sentence mark")).toHaveText("North Korea");
    await expect(northKorea.locator(".suggestion__sentence")).toContainText("fired two missiles into the sea on Thursday.");
    // "Kim" alone is the person named in full before.
    await expect(row("Leader Kim Jong Un")).toContainText("×2");

    // In the order of the text: the dateline's place comes first; by kind, under the kind's heading.
    const quotes = page.locator(".suggestions__group .suggestion__quote");
    await expect(quotes.first()).toHaveText("SEOUL — North Korea fired two missiles into the sea on Thursday.");
    await page.getByLabel("By kind").check();
    await expect(page.getByRole("heading", { name: /^Place/ })).toBeVisible();

    // One click dismisses every repeat, and they stay dismissed.
    await northKorea.getByRole("button", { name: "Dismiss all 3" }).click();
    await expect(northKorea).toHaveCount(0);
    await page.reload();
    await page.getByRole("tab", { name: /Suggestions/ }).click();
    await expect(row("SEOUL")).toBeVisible();
    await expect(northKorea).toHaveCount(0);

    // Accepting a folded row makes a claim of each repeat.
    await row("Leader Kim Jong Un").getByRole("button", { name: "Accept all 2" }).click();
    await expect(row("Leader Kim Jong Un")).toHaveCount(0);
    await page.getByRole("tab", { name: "Claims" }).click();
    await expect(page.locator("[data-claim-item]").filter({ hasText: /^.*Kim/ })).toHaveCount(2);
  });
});
