import { expect, test } from "@playwright/test";
import { PASSWORD } from "./helpers";

test.describe("signing in", () => {
  test("a wrong password and an unknown email get the same refusal", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("checker@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const error = page.locator("#signin-error");
    await expect(error).toHaveText("That email and password do not match an active account.");
    await expect(page).toHaveURL(/\/signin/);

    await page.getByLabel("Email").fill("nobody@example.com");
    await page.getByLabel("Password").fill("whatever");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(error).toHaveText("That email and password do not match an active account.");
  });

  test("every page needs a session, and the API answers 401 without one", async ({ page, request }) => {
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/articles/new");
    await expect(page).toHaveURL(/\/signin/);
    const response = await request.get("/api/articles");
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to use the Factdesk API." });
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("signing out ends the session", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("admin@example.com");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".topbar__name")).toHaveText("Ada Admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/signin/);
  });
});
