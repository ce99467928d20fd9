import { expect, test, type Page } from "@playwright/test";
import { createArticle, createClaim, storageState } from "./helpers";

// Run by the "phone" (390×844, touch) and "tablet" (1024×768) projects: the main flows on small
// screens, with screenshots compared against the committed baselines (e2e/devices.spec.ts-snapshots;
// `npx playwright test --project phone --project tablet --update-snapshots` redraws them after a
// deliberate change of layout). What changes from run to run (times, counts, other people) is masked.

const SCREENSHOT_TEXT = [
  "Secretary of State Jane Doe arrived in Lisbon on 3 March 2026 for talks with 27 ministers.",
  ...Array.from({ length: 14 }, (_, index) => `Paragraph ${index + 1} follows the talks at some length, as a long report on a phone does.`),
  "The agreement commits €4.5 billion to the port project over ten years.",
].join("\n\n");

async function noSidewaysScroll(page: Page, path: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} is no wider than the screen`).toBeLessThanOrEqual(0);
}

test.describe("on a phone and a tablet", () => {
  test.use({ storageState: storageState("checker") });

  test("no page is wider than the screen, and the top bar keeps Inbox, name and sign-out in reach", async ({ page, request, browser }) => {
    test.setTimeout(90_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    await createClaim(request, article.id, "Lisbon", "place");
    const paths = ["/articles", "/queue", "/notifications", "/account", "/register", `/articles/${article.id}`, `/articles/${article.id}/revisions`, "/search?q=Lisbon"];
    const widths = [page.viewportSize()!.width, ...(page.viewportSize()!.width < 500 ? [360] : [])];
    for (const width of widths) {
      await page.setViewportSize({ width, height: page.viewportSize()!.height });
      for (const path of paths) {
        await page.goto(path);
        await page.locator("main, .workspace").first().waitFor();
        await noSidewaysScroll(page, `${path} at ${width} px`);
      }
      for (const control of [page.getByRole("link", { name: /^Inbox/ }), page.locator(".topbar__name"), page.getByRole("button", { name: "Sign out" })]) {
        const box = (await control.boundingBox())!;
        expect(box.x + box.width, `at ${width} px`).toBeLessThanOrEqual(width);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
    }
  });

  test("the workspace: a highlight opens its claim, and the article keeps the reader's place", async ({ page, request, browser }, testInfo) => {
    test.setTimeout(60_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request, "On a small screen", SCREENSHOT_TEXT);
    await editor.close();
    const first = await createClaim(request, article.id, "Secretary of State Jane Doe", "title");
    const last = await createClaim(request, article.id, "€4.5 billion", "number");
    expect((await request.patch(`/api/claims/${first.id}`, { data: { status: "verified", version: first.version } })).status()).toBe(200);

    await page.goto(`/articles/${article.id}`);
    await expect(page.locator(`.article-body [data-claim-id="${last.id}"]`).first()).toBeVisible();
    // Everything the screenshots show has arrived (the coverage line comes with the suggestions).
    await expect(page.getByText(/^Coverage \d+%/).filter({ visible: true })).toBeVisible();
    const masks = [page.locator(".topbar"), page.locator(".workspace__meta"), page.locator(".presence"), page.locator(".panel__tabs")];
    const phone = testInfo.project.name === "phone";
    if (!phone) {
      // A tablet shows both side by side: the workflow bar fits, the claims list has the screen's height.
      await expect(page.getByRole("tablist", { name: "Article or claims" })).toBeHidden();
      const bar = await page.locator(".workflow").evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(bar).toBeLessThanOrEqual(0);
      const panel = (await page.locator(".workspace__panel").boundingBox())!;
      expect(panel.y + panel.height).toBeGreaterThanOrEqual(page.viewportSize()!.height - 2);
      await expect(page).toHaveScreenshot("workspace.png", { mask: masks, maxDiffPixelRatio: 0.02 });
      return;
    }

    const tabs = page.getByRole("tablist", { name: "Article or claims" });
    await expect(tabs).toBeVisible();
    await expect(page.locator(".workspace__panel")).toBeHidden();
    await expect(page).toHaveScreenshot("workspace-article.png", { mask: masks, maxDiffPixelRatio: 0.02 });

    // Scroll down to the last claim and tap it: the claims pane opens on it.
    const highlight = page.locator(`.article-body [data-claim-id="${last.id}"]`).first();
    await highlight.scrollIntoViewIfNeeded();
    const place = await page.evaluate(() => window.scrollY);
    expect(place).toBeGreaterThan(200);
    await highlight.tap();
    await expect(page.locator(".claim-detail")).toContainText("€4.5 billion");
    await expect(page.locator(".article-body")).toBeHidden();
    const option = page.getByRole("radio", { name: /In progress/ });
    expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await option.tap();
    await expect(page.locator(`[data-claim-item="${last.id}"] .status-badge`)).toContainText("In progress");
    await expect(page).toHaveScreenshot("workspace-claims.png", { mask: [...masks, page.locator(".claim-detail .muted")], maxDiffPixelRatio: 0.02 });

    // Back to the article: the same place, not the top.
    await tabs.getByRole("tab", { name: "Article" }).tap();
    await expect(highlight).toBeInViewport();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(place - 50);
  });
});
