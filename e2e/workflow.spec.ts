import { expect, test } from "@playwright/test";
import { createArticle, createClaim, storageState } from "./helpers";

test.describe("the article workflow", () => {
  test.use({ storageState: storageState("editor") });

  test("an article cannot be checked while a claim is open, can once it is resolved, and is signed off by an editor", async ({ page, request }) => {
    const article = await createArticle(request);
    const claim = await createClaim(request, article.id, "27 ministers", "number");
    await page.goto(`/articles/${article.id}`);
    const state = page.locator(".workflow .state-badge");
    await expect(state).toHaveText("Draft");
    await page.getByRole("button", { name: "Start the check" }).click();
    await expect(state).toHaveText("In check");

    // What blocks the next step is listed before anyone tries.
    await expect(page.locator(".workflow__pending")).toContainText("1 thing to settle before “Mark as checked”");
    await page.getByRole("button", { name: "Mark as checked" }).click();
    const refusal = page.locator(".workflow__refusal");
    await expect(refusal).toContainText("1 thing must be settled before the article is checked.");
    await refusal.getByRole("button", { name: "“27 ministers” is unchecked." }).click();
    await expect(page.locator(`[data-claim-item="${claim.id}"]`)).toHaveAttribute("aria-current", "true");
    await page.getByRole("radio", { name: /Verified/ }).click();
    await expect(page.getByRole("radio", { name: /Verified/ })).toHaveAttribute("aria-checked", "true");

    // Verified on nobody's word: the desk's policy wants a source, or a reason why none is needed.
    await page.getByRole("button", { name: "Mark as checked" }).click();
    await expect(refusal.locator('[data-rule="source_required"]')).toContainText("verified without a source");
    await page.getByLabel("Why this claim needs no source").fill("The count is in the ministry's own published list.");
    await page.getByRole("button", { name: "Save reason" }).click();
    await expect(page.locator(".workflow__pending")).toContainText("Nothing blocks “Mark as checked”");
    await page.getByRole("button", { name: "Mark as checked" }).click();
    await expect(state).toHaveText("Checked");
    await page.getByRole("button", { name: "Sign off" }).click();
    await expect(state).toHaveText("Signed off");
    await expect(page.locator(".workflow__state")).toContainText("by Eli Editor");

    const viaApi = await request.post(`/api/articles/${article.id}/transition`, { data: { to: "draft" } });
    expect(viaApi.status()).toBe(422);
    await page.goto("/articles");
    await expect(page.locator(".article-list__item", { hasText: article.title }).locator(".state-badge")).toHaveText("Signed off");
  });

  test("a claim assigned to a checker shows up in their queue and opens from there", async ({ page, request, browser }) => {
    const article = await createArticle(request);
    const claim = await createClaim(request, article.id, "€4.5 billion", "number");
    await page.goto(`/articles/${article.id}`);
    await page.locator(`[data-claim-item="${claim.id}"]`).click();
    const saved = page.waitForResponse((response) => response.url().includes(`/api/claims/${claim.id}`) && response.request().method() === "PATCH");
    const { users } = await (await request.get("/api/users")).json();
    const checkerId = users.find((user: { email: string }) => user.email === "checker@example.com").id;
    await page.getByLabel("Assigned to").selectOption(checkerId);
    expect((await saved).status()).toBe(200);
    await expect(page.getByLabel("Assigned to").locator("option:checked")).toHaveText("Cara Checker (checker)");

    const checker = await browser.newContext({ storageState: storageState("checker") });
    const checkerPage = await checker.newPage();
    await checkerPage.goto("/queue");
    const row = checkerPage.locator(`[data-queue-claim="${claim.id}"]`);
    await expect(row).toContainText("€4.5 billion");
    await expect(row).toContainText(article.title);
    await row.getByRole("link", { name: "€4.5 billion" }).click();
    await expect(checkerPage.locator(".claim-detail__quote")).toHaveText("€4.5 billion");
    const queue = await (await checker.request.get("/api/me/queue?kind=number")).json();
    expect(queue.queue.map((item: { claim: { id: string } }) => item.claim.id)).toContain(claim.id);
    expect((await checker.request.get("/api/me/queue?kind=planet")).status()).toBe(400);
    await checker.close();
  });
});

test.describe("bulk changes and the lead checker", () => {
  test.use({ storageState: storageState("editor") });

  test("several claims change status at once, and an editor names the lead checker", async ({ page, request }) => {
    const article = await createArticle(request);
    const first = await createClaim(request, article.id, "Lisbon", "place");
    const second = await createClaim(request, article.id, "27 ministers", "number");
    await page.goto(`/articles/${article.id}`);
    await page.getByRole("checkbox", { name: "Select claim: Lisbon" }).check();
    await page.getByRole("checkbox", { name: "Select claim: 27 ministers" }).check();
    const bar = page.getByRole("region", { name: "Change the selected claims" });
    await expect(bar).toContainText("2 selected");
    await bar.getByLabel("Set status of the selected claims").selectOption("verified");
    await bar.getByRole("button", { name: "Apply to 2" }).click();
    await expect(page.locator(`[data-claim-item="${first.id}"] .status-badge`)).toHaveText("✓Verified");
    await expect(page.locator(`[data-claim-item="${second.id}"] .status-badge`)).toHaveText("✓Verified");
    await expect(bar).toHaveCount(0);

    const { users } = await (await request.get("/api/users")).json();
    const checkerId = users.find((user: { email: string }) => user.email === "checker@example.com").id;
    const saved = page.waitForResponse((response) => response.url().endsWith(`/api/articles/${article.id}`) && response.request().method() === "PATCH");
    await page.getByLabel("Lead checker").selectOption(checkerId);
    expect((await saved).status()).toBe(200);
    expect((await (await request.get(`/api/articles/${article.id}`)).json()).leadChecker.name).toBe("Cara Checker");
  });
});
