import { expect, test } from "@playwright/test";
import { signInFresh, storageState } from "./helpers";

const NEW_PASSWORD = "a long new password";

test.describe("people", () => {
  test.use({ storageState: storageState("admin") });

  test("an admin invites someone, who sets a password and signs in with the role given", async ({ page, browser }) => {
    const email = `new-checker-${Date.now()}@example.com`;
    await page.goto("/admin/users");
    await page.getByLabel("Email").fill(email);
    await page.locator("form select[name=role]").selectOption("checker");
    await page.getByRole("button", { name: "Create invitation link" }).click();
    const link = await page.getByRole("textbox", { name: "Invitation link" }).inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);

    const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invitePage = await invitee.newPage();
    await invitePage.goto(link);
    await expect(invitePage.getByText(`join as checker`)).toBeVisible();
    await invitePage.getByLabel("Your name").fill("Nia Newcomer");
    await invitePage.getByLabel("Password (at least 10 characters)").fill(NEW_PASSWORD);
    await invitePage.getByLabel("Password again").fill(NEW_PASSWORD);
    await invitePage.getByRole("button", { name: "Join the desk" }).click();
    await expect(invitePage.getByText("Your account is ready.")).toBeVisible();
    await invitePage.getByLabel("Email").fill(email);
    await invitePage.getByLabel("Password").fill(NEW_PASSWORD);
    await invitePage.getByRole("button", { name: "Sign in" }).click();
    await expect(invitePage.locator(".role-badge")).toHaveText("checker");

    await invitePage.goto(link);
    await expect(invitePage.locator(".signin__card [role=alert]")).toHaveText("This invitation has already been used. Sign in instead.");
    await invitee.close();
  });

  test("a deactivated user's session stops working at once", async ({ request, browser }) => {
    const email = `short-stay-${Date.now()}@example.com`;
    const created = await (await request.post("/api/admin/invites", { data: { email, role: "editor" } })).json();
    const token = created.invitePath.split("/").pop();
    const accepted = await request.post(`/api/invites/${token}/accept`, { data: { name: "Sam Short", password: NEW_PASSWORD } });
    expect(accepted.status()).toBe(201);

    const { context, page } = await signInFresh(browser, email, NEW_PASSWORD);
    await expect(page.locator(".role-badge")).toHaveText("editor");
    const { users } = await (await request.get("/api/admin/users")).json();
    const sam = users.find((user: { email: string }) => user.email === email);
    expect((await request.patch(`/api/admin/users/${sam.id}`, { data: { active: false } })).status()).toBe(200);

    await page.reload();
    await expect(page).toHaveURL(/\/signin/);
    expect((await context.request.get("/api/articles")).status()).toBe(401);
    await context.close();
  });

  test("only admins manage people", async ({ browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    expect((await editor.request.get("/api/admin/users")).status()).toBe(403);
    expect((await editor.request.post("/api/admin/invites", { data: { email: "x@example.com", role: "admin" } })).status()).toBe(403);
    await editor.close();
  });
});

test.describe("API tokens", () => {
  test.use({ storageState: storageState("checker") });

  test("a token made in the account page works as a bearer token with the user's role, until revoked", async ({ page, playwright, baseURL }) => {
    await page.goto("/account");
    await page.getByLabel("Token name").fill("Newsroom CMS");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = await page.getByRole("textbox", { name: "New API token" }).inputValue();
    expect(token).toMatch(/^fdk_/);

    const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    expect((await script.get("/api/articles")).status()).toBe(200);
    expect((await script.post("/api/articles", { data: { title: "x", format: "text", content: "y" } })).status()).toBe(403);

    page.once("dialog", (dialog) => void dialog.accept());
    await page.locator('[data-token="Newsroom CMS"]').getByRole("button", { name: "Revoke" }).click();
    await expect(page.locator('[data-token="Newsroom CMS"]')).toContainText("revoked");
    expect((await script.get("/api/articles")).status()).toBe(401);
    await script.dispose();
  });
});
