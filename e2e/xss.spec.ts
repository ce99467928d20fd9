import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { signInFresh, storageState } from "./helpers";

// The XSS corpus goes into every field a person can write (article title and text, claim
// quote and note, source fields, comments, register entries, display names, token names, the
// organization name), then every page and report that shows them is opened in Chromium with
// three tripwires: a function the payloads call, the dialog hook (alert/confirm/prompt), and
// the Content-Security-Policy's violation events (a payload the policy stopped is still text
// that reached the page unescaped). All three must stay silent, and the payloads must be
// visible as text.

const SHORT = `<img src=x onerror=__xss(1)>"><svg onload=__xss(2)>`; // fits names and titles
const LONG = [
  `<script>__xss("script")</script>`,
  `<img src=x onerror="__xss('img')">`,
  `'"><svg/onload=__xss('svg')>`,
  `</textarea></title></style><script>__xss("close")</script>`,
  `<iframe srcdoc="<script>parent.__xss('srcdoc')</script>"></iframe>`,
  `<a href="javascript:__xss('href')">a link</a>`,
  `[a markdown link](javascript:__xss('markdown'))`,
  `<details open ontoggle="__xss('toggle')">x</details>`,
  `{{constructor.constructor('__xss("template")')()}}`,
  `<script>alert(document.domain)</script>`,
].join(" ");

type Tripwires = { fired: string[]; dialogs: string[] };

async function arm(context: BrowserContext): Promise<Tripwires> {
  const wires: Tripwires = { fired: [], dialogs: [] };
  await context.exposeFunction("__xssReport", (what: string) => wires.fired.push(what));
  await context.addInitScript(() => {
    const report = (window as unknown as { __xssReport: (what: string) => void }).__xssReport;
    (window as unknown as { __xss: (tag: unknown) => void }).__xss = (tag) => report(`payload ran: ${String(tag)} at ${location.pathname}`);
    document.addEventListener("securitypolicyviolation", (event) => report(`CSP violation: ${event.violatedDirective} at ${location.pathname}`));
  });
  const hook = (page: Page) => page.on("dialog", (dialog) => void (wires.dialogs.push(dialog.message()), dialog.dismiss()));
  context.pages().forEach(hook);
  context.on("page", hook);
  return wires;
}

async function visit(page: Page, path: string, visibleText = "__xss(") {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  // Visible text: a payload inside a closed <select> (the article list's people) is text too, but not shown.
  await expect(page.getByText(visibleText, { exact: false }).filter({ visible: true }).first(), `${path} shows the payload as text`).toBeVisible();
}

async function ok(response: Awaited<ReturnType<APIRequestContext["post"]>>) {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown> & { id: string; version: number };
}

test.describe("the XSS corpus", () => {
  test.describe.configure({ timeout: 180_000 });
  test.use({ storageState: storageState("editor") });

  test("is shown as text on every page and report, and never runs", async ({ browser, request }) => {
    const admin = await browser.newContext({ storageState: storageState("admin") });
    const adminWires = await arm(admin);

    // A person whose display name is a payload, invited by the admin.
    const handle = `xss-${randomUUID().slice(0, 8)}`;
    const invite = await ok(await admin.request.post("/api/admin/invites", { data: { email: `${handle}@example.com`, role: "checker" } }));
    const token = String(invite.invitePath).split("/").at(-1)!;
    await ok(await admin.request.post(`/api/invites/${token}/accept`, { data: { name: SHORT, password: "a payload person's password" } }));
    const people = (await (await request.get("/api/users")).json()) as { users: { id: string; name: string }[] };
    const person = people.users.find((user) => user.name === SHORT)!;
    expect(person).toBeTruthy();

    const settings = (await (await admin.request.get("/api/settings")).json()) as { version: number };
    await ok(await admin.request.patch("/api/settings", { data: { organizationName: SHORT, version: settings.version } }));

    // The article, a claim on a payload, its sources, a discussion and a revision.
    const article = await ok(await request.post("/api/articles", { data: { title: `Payloads ${SHORT}`, format: "text", content: `${LONG}\n\nThe minister spoke in Lisbon.` } }));
    const claim = await ok(await request.post(`/api/articles/${article.id}/claims`, { data: { quote: `<img src=x onerror="__xss('img')">`, kind: "quote", note: LONG } }));
    const assigned = await ok(await request.patch(`/api/claims/${claim.id}`, { data: { assigneeId: person.id, version: claim.version } }));
    await ok(
      await request.post(`/api/claims/${claim.id}/sources`, {
        data: { url: `https://example.org/?q=${encodeURIComponent(SHORT)}`, title: SHORT, publisher: SHORT, excerpt: LONG },
      }),
    );
    expect((await request.post(`/api/claims/${claim.id}/sources`, { data: { url: "javascript:__xss('source-url')", title: "x" } })).status()).toBe(400);
    await ok(await request.patch(`/api/claims/${claim.id}`, { data: { status: "disputed", version: assigned.version } }));
    await ok(await request.post(`/api/claims/${claim.id}/comments`, { data: { body: `@${handle} ${LONG}` } }));
    await ok(await request.put(`/api/articles/${article.id}`, { data: { format: "text", content: `${LONG}\n\nThe minister spoke in Porto. ${SHORT}`, version: article.version } }));
    await ok(
      await request.post("/api/register", {
        data: {
          name: `Rui ${handle}`,
          kind: "person",
          variants: [],
          titles: [{ title: SHORT, from: "2024", to: null }],
          sources: [{ url: "https://example.org/", title: SHORT }],
          notes: LONG,
        },
      }),
    );
    await ok(await request.post("/api/me/tokens", { data: { name: SHORT } }));

    // The editor's pages.
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const editorWires = await arm(editor);
    const page = await editor.newPage();
    await visit(page, "/articles");
    await visit(page, `/articles/${article.id}?claim=${claim.id}`);
    await expect(page.locator(".claim-detail")).toContainText("__xss('img')");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("list", { name: "Claim history, newest first" })).toBeVisible();
    await page.getByRole("tab", { name: /Suggestions/ }).click();
    await page.waitForLoadState("networkidle");
    await visit(page, `/articles/${article.id}/revisions`);
    await visit(page, `/register?q=${handle}`, handle);
    await visit(page, "/account");
    for (const type of ["verified", "annotated", "corrections"]) {
      const report = await page.goto(`/api/articles/${article.id}/report?type=${type}&format=html`);
      expect(report?.status(), type).toBe(200);
      await page.waitForLoadState("networkidle");
      await expect(page.getByText("__xss(", { exact: false }).first(), `the ${type} report`).toBeVisible();
    }

    // The admin's pages.
    const adminPage = await admin.newPage();
    await visit(adminPage, "/admin/users");
    await adminPage.goto("/admin/settings");
    await expect(adminPage.getByLabel("Name (the author of published fact-checks)")).toHaveValue(SHORT);

    // The payload person's own queue and inbox.
    const { context: own, page: ownPage } = await signInFresh(browser, `${handle}@example.com`, "a payload person's password");
    await expect(ownPage).toHaveURL(/\/articles$/);
    const ownWires = await arm(own);
    await visit(ownPage, "/queue");
    await visit(ownPage, "/notifications");

    // ClaimReview JSON-LD is safe inside a <script> element.
    const claimReview = await (await request.get(`/api/articles/${article.id}/claimreview`)).text();
    expect(claimReview).not.toMatch(/<\/?script/i);

    for (const [who, wires] of [
      ["admin", adminWires],
      ["editor", editorWires],
      ["payload person", ownWires],
    ] as const) {
      expect(wires.fired, `${who}: payloads that ran or CSP violations`).toEqual([]);
      expect(wires.dialogs, `${who}: dialogs`).toEqual([]);
    }
    await Promise.all([admin.close(), editor.close(), own.close()]);
  });
});
