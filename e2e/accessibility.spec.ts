import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createArticle, createClaim, storageState } from "./helpers";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

test.describe("accessibility", () => {
  test.use({ storageState: storageState("editor") });

  test("the workspace with a selected claim has no serious or critical axe violations", async ({ page, request }) => {
    // Two axe scans of the whole workspace: slow on a busy machine (one took over 20 s).
    test.setTimeout(90_000);
    const article = await createArticle(request);
    const claim = await createClaim(request, article.id, "Secretary of State Jane Doe", "title");
    await request.patch(`/api/claims/${claim.id}`, { data: { status: "incorrect", version: 1 } });
    await createClaim(request, article.id, "27 ministers", "number");
    await page.goto(`/articles/${article.id}?claim=${claim.id}`);
    await expect(page.locator(".claim-detail__quote")).toHaveText("Secretary of State Jane Doe");
    await expect(page.getByRole("combobox", { name: "Add a comment" })).toBeVisible();
    await expect(page.getByText("Loading the discussion…")).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("tab", { name: /Suggestions/ }).click();
    await expect(page.locator(".suggestion").first()).toBeVisible();
    expect(await seriousViolations(page), "suggestions tab").toEqual([]);
  });

  test("a reader's workspace (the read-only text with a caret) has no serious or critical axe violations", async ({ request, browser }) => {
    test.setTimeout(60_000);
    const article = await createArticle(request);
    await createClaim(request, article.id, "Lisbon", "place");
    const checker = await browser.newContext({ storageState: storageState("checker") });
    const page = await checker.newPage();
    await page.goto(`/articles/${article.id}`);
    const text = page.locator(".article-body.ProseMirror");
    await expect(text).toHaveAttribute("aria-readonly", "true");
    await text.focus();
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Alt+Shift+ArrowDown");
    expect(await seriousViolations(page)).toEqual([]);
    await checker.close();
  });

  test("the article list, queue, inbox, search and sign-in pages have no serious or critical axe violations", async ({ page, browser }) => {
    // Ten full axe scans, one of them the long API reference page: slow on a busy machine.
    test.setTimeout(150_000);
    for (const path of ["/articles", "/articles/new", "/queue", "/notifications", "/account", "/register", "/docs/api", "/search?q=Lisbon"]) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const signin = await anonymous.newPage();
    await signin.goto("/signin");
    expect(await seriousViolations(signin)).toEqual([]);
    await anonymous.close();
  });
});
