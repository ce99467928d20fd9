import { expect, test, type Page } from "@playwright/test";
import { createArticle, createClaim, storageState } from "./helpers";

// Every page carries a nonce-based Content-Security-Policy and runs under it without a single
// violation: the app's own scripts and styles are all it needs.

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function watch(page: Page) {
  await page.addInitScript(() => {
    const store = window as unknown as { cspViolations: string[] };
    store.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => store.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

test.describe("the Content-Security-Policy", () => {
  test.use({ storageState: storageState("editor") });
  test.describe.configure({ timeout: 90_000 });

  test("every page has one with a fresh nonce, and runs without violating it", async ({ page, request, browser }) => {
    const article = await createArticle(request);
    await createClaim(request, article.id, "Lisbon", "place");
    await watch(page);

    const first = await page.goto(`/articles/${article.id}`);
    const policy = first!.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    await expect(page.locator("[data-claim-id]")).toHaveCount(1);
    await page.getByRole("tab", { name: /Suggestions/ }).click();
    await expect(page.locator(".suggestion").first()).toBeVisible();
    expect(await violations(page), "workspace").toEqual([]);
    const second = await page.goto(`/articles/${article.id}`);
    expect(second!.headers()["content-security-policy"]).not.toBe(policy);
    expect(second!.headers()["strict-transport-security"]).toContain("max-age=");
    expect(second!.headers()["permissions-policy"]).toContain("camera=()");

    for (const path of ["/articles", "/articles/new", `/articles/${article.id}/revisions`, "/register", "/queue", "/notifications", "/account", "/docs/api", "/no-such-page"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await violations(page), path).toEqual([]);
    }

    const admin = await browser.newContext({ storageState: storageState("admin") });
    const settings = await admin.newPage();
    await watch(settings);
    for (const path of ["/admin/settings", "/admin/users"]) {
      await settings.goto(path);
      await settings.waitForLoadState("networkidle");
      expect(await violations(settings), path).toEqual([]);
    }
    await admin.close();

    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const signin = await anonymous.newPage();
    await watch(signin);
    await signin.goto("/signin");
    await signin.waitForLoadState("networkidle");
    expect(await violations(signin), "/signin").toEqual([]);
    await anonymous.close();
  });
});
