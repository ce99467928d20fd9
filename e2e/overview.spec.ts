import { expect, test } from "@playwright/test";
import { createArticle, createClaim, storageState, uniqueTitle } from "./helpers";

test.describe("the margin overview", () => {
  test.use({ storageState: storageState("checker") });

  test("shows where a long article's claims are, coloured by status, and opens one from its mark", async ({ page, request, browser }) => {
    test.setTimeout(60_000);
    const filler = Array.from({ length: 60 }, (_, index) => `Paragraph ${index} says nothing a checker would mark, at some length, to make the article long.`).join("\n\n");
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request, uniqueTitle("Long read"), `Mayor Ana Lima opened the session.\n\n${filler}\n\nThe budget closed at €12 million.`);
    await editor.close();
    const first = await createClaim(request, article.id, "Ana Lima", "name");
    const last = await createClaim(request, article.id, "€12 million", "number");
    expect((await request.patch(`/api/claims/${last.id}`, { data: { status: "incorrect", version: last.version } })).status()).toBe(200);

    await page.goto(`/articles/${article.id}`);
    const overview = page.locator("[data-claim-overview]");
    await expect(overview.locator("[data-overview-claim]")).toHaveCount(2);
    const top = overview.locator(`[data-overview-claim="${first.id}"]`);
    const bottom = overview.locator(`[data-overview-claim="${last.id}"]`);
    await expect(top).toHaveAttribute("data-overview-status", "unchecked");
    await expect(bottom).toHaveAttribute("data-overview-status", "incorrect");
    // Placed where the claims are: the first near the top of the bar, the last near its end.
    const bar = (await overview.boundingBox())!;
    expect((await top.boundingBox())!.y - bar.y).toBeLessThan(bar.height * 0.2);
    expect((await bottom.boundingBox())!.y - bar.y).toBeGreaterThan(bar.height * 0.8);

    const mark = page.locator(`.article-body [data-claim-id="${last.id}"]`).first();
    await expect(mark).not.toBeInViewport();
    await bottom.click();
    await expect(page.locator(".claim-detail")).toContainText("€12 million");
    await expect(mark).toBeInViewport();
    // A status change recolours its mark.
    await page.getByRole("radio", { name: /In progress/ }).click();
    await expect(bottom).toHaveAttribute("data-overview-status", "in_progress");
  });
});
