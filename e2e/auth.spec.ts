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

test.describe("protection", () => {
  test("after 10 failed sign-ins an account is refused for a while, with a clear message", async ({ page }) => {
    const email = `nobody-${Date.now()}@example.com`;
    await page.goto("/signin");
    const error = page.locator("#signin-error");
    for (let attempt = 1; attempt <= 10; attempt++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(error).toHaveText("That email and password do not match an active account.");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("wrong-11");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(error).toHaveText("Too many failed sign-ins for this account or network. Wait 15 minutes and try again.");
  });
});

test.describe("your account", () => {
  test.use({ storageState: "e2e/.auth/viewer.json" });

  test("changing the password needs the current one", async ({ page, request }) => {
    await page.goto("/account");
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password (at least 10 characters)").fill("a brand new secret");
    await page.getByLabel("New password again").fill("a brand new secret");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toHaveText("The current password is not correct. Nothing was changed.");
    const tooShort = await request.post("/api/me/password", { data: { currentPassword: "x", newPassword: "short" } });
    expect(tooShort.status()).toBe(400);
    expect((await tooShort.json()).error).toContain("at least 10 characters");
  });
});
