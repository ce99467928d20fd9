import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { signInFresh, storageState } from "./helpers";

// Sessions end when they should: a cookie kept from before signing out, a password change or a
// role change is refused on its next request, in any browser, on any server.

const PASSWORD = "a long first password";

/** A new checker, created by the admin through an invitation. */
async function newChecker(admin: APIRequestContext, anonymous: APIRequestContext): Promise<string> {
  const email = `sessions-${randomUUID().slice(0, 8)}@example.com`;
  const invited = await admin.post("/api/admin/invites", { data: { email, role: "checker" } });
  expect(invited.status()).toBe(201);
  const token = ((await invited.json()) as { invitePath: string }).invitePath.split("/").at(-1)!;
  expect((await anonymous.post(`/api/invites/${token}/accept`, { data: { name: "Sam Session", password: PASSWORD } })).status()).toBe(201);
  return email;
}

async function signIn(browser: Browser, email: string): Promise<BrowserContext> {
  const { context, page } = await signInFresh(browser, email, PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);
  return context;
}

/** Replays a browser's cookies from outside it, as a thief holding a copy would. */
async function replay(browser: Browser, cookies: Awaited<ReturnType<BrowserContext["storageState"]>>) {
  const thief = await browser.newContext({ storageState: cookies });
  const status = (await thief.request.get("/api/articles")).status();
  await thief.close();
  return status;
}

test.describe("sessions", () => {
  test.use({ storageState: storageState("admin") });
  // Several browsers sign in (each a password hash check): slow on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test("a cookie kept from before signing out is refused, and signing out here leaves other browsers signed in", async ({ browser, request, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const email = await newChecker(request, anonymous);
    const laptop = await signIn(browser, email);
    const phone = await signIn(browser, email);
    const copy = await laptop.storageState();
    expect(await replay(browser, copy)).toBe(200);

    const page = laptop.pages()[0]!;
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    expect(await replay(browser, copy)).toBe(401);
    expect((await phone.request.get("/api/articles")).status()).toBe(200);
    await Promise.all([laptop.close(), phone.close(), anonymous.dispose()]);
  });

  test("changing the password signs out every browser and can revoke the API tokens; a role change ends sessions too", async ({ browser, request, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const email = await newChecker(request, anonymous);
    const laptop = await signIn(browser, email);
    const phone = await signIn(browser, email);
    const minted = await laptop.request.post("/api/me/tokens", { data: { name: "script" } });
    const { token } = (await minted.json()) as { token: string };
    const script = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    expect((await script.get("/api/articles")).status()).toBe(200);

    const page = laptop.pages()[0]!;
    await page.goto("/account");
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password (at least 10 characters)").fill("a long second password");
    await page.getByLabel("New password again").fill("a long second password");
    await page.getByLabel(/Also revoke my 1 API token/).check();
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/signin\?ended=password/);
    await expect(page.getByRole("status")).toContainText("every session of yours was signed out");
    expect((await phone.request.get("/api/articles")).status()).toBe(401);
    expect((await script.get("/api/articles")).status()).toBe(401);

    const again = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const signin = await again.newPage();
    await signin.goto("/signin");
    await signin.getByLabel("Email").fill(email);
    await signin.getByLabel("Password").fill("a long second password");
    await signin.getByRole("button", { name: "Sign in" }).click();
    await expect(signin).toHaveURL(/\/articles$/);
    const { users } = (await (await request.get("/api/admin/users")).json()) as { users: { id: string; email: string }[] };
    const id = users.find((user) => user.email === email)!.id;
    expect((await request.patch(`/api/admin/users/${id}`, { data: { role: "viewer" } })).status()).toBe(200);
    expect((await again.request.get("/api/articles")).status()).toBe(401);
    await Promise.all([laptop.close(), phone.close(), again.close(), script.dispose(), anonymous.dispose()]);
  });
});
