import { expect, test } from "@playwright/test";
import { ARTICLE_TEXT, createArticle, createClaim, storageState } from "./helpers";

// Suggesting mode: a checker proposes new words for a claim, an editor accepts (the text changes
// as a new version) or rejects.

test.describe("proposed changes", () => {
  test.use({ storageState: storageState("checker") });

  test("a checker proposes a fix in the workspace; the editor accepts it and the text and claim follow", async ({ page, request, browser }) => {
    // Two people's pages and a new version of the text: slow on a busy machine.
    test.setTimeout(90_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const claim = await createClaim(request, article.id, "Lisbon", "place");
    const judged = await request.patch(`/api/claims/${claim.id}`, { data: { status: "incorrect", note: "The talks were in Porto.", version: claim.version } });
    expect(judged.status()).toBe(200);

    await page.goto(`/articles/${article.id}?claim=${claim.id}`);
    await page.getByRole("button", { name: "Propose a fix" }).click();
    const replacement = page.getByLabel("Replace “Lisbon” with");
    await expect(replacement).toHaveValue("Lisbon");
    await replacement.fill("Porto");
    await page.getByLabel("Why (optional)").fill("Per the ministry's statement.");
    await page.getByRole("button", { name: "Propose change" }).click();
    const proposal = page.locator(".proposal");
    await expect(proposal.locator(".proposal__change")).toHaveText("Lisbon → Porto");
    await expect(proposal).toContainText("Proposed by Cara Checker");
    // In the text: the claim's words struck through, the proposal inserted after them.
    await expect(page.locator(`.claim-mark--proposed[data-claim-id="${claim.id}"]`)).toHaveText("Lisbon");
    await expect(page.locator(".article-body .proposal-insert")).toHaveText("Porto");
    // A checker proposes; only editors decide.
    await expect(proposal.getByRole("button", { name: "Accept change" })).toHaveCount(0);

    const editorPage = await editor.newPage();
    await editorPage.goto(`/articles/${article.id}?claim=${claim.id}`);
    const item = editorPage.locator(".proposal");
    await expect(item).toContainText("Per the ministry's statement.");
    await item.getByLabel("Note to Cara Checker (optional)").fill("Thanks, fixed.");
    await item.getByRole("button", { name: "Accept change" }).click();
    await expect(editorPage.locator(".article-body.ProseMirror")).toContainText("arrived in Porto on 3 March 2026", { timeout: 15_000 });
    await expect(editorPage.locator(".proposal")).toHaveCount(0);
    await expect(editorPage.getByRole("radio", { name: /Verified/ })).toHaveAttribute("aria-checked", "true");
    await expect(editorPage.getByRole("region", { name: "Corrected" })).toContainText("Lisbon");
    await expect(editorPage.locator(`.claim-mark[data-claim-id="${claim.id}"]`)).toHaveText("Porto");

    // The checker's workspace follows, and their inbox says so.
    await expect(page.locator(".article-body.ProseMirror")).toContainText("arrived in Porto on", { timeout: 15_000 });
    await expect(page.locator(".article-body .proposal-insert")).toHaveCount(0);
    await page.goto("/notifications");
    await expect(page.getByText(`Eli Editor accepted your proposed change in “${article.title}”`)).toBeVisible();

    const stored = (await (await request.get(`/api/articles/${article.id}`)).json()) as { text: string; version: number };
    expect(stored).toMatchObject({ text: ARTICLE_TEXT.replace("in Lisbon", "in Porto"), version: 2 });
    const { history } = (await (await request.get(`/api/claims/${claim.id}/history`)).json()) as { history: { action: string }[] };
    expect(history.map((event) => event.action)).toEqual(expect.arrayContaining(["proposal.made", "proposal.accepted"]));
    await editor.close();
  });

  test("the API refuses a proposal that no longer applies with 409 and bad replacements with 4xx", async ({ request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    const claim = await createClaim(request, article.id, "27 ministers", "number");
    const path = `/api/claims/${claim.id}/proposals`;

    for (const [replacement, status] of [
      ["", 400],
      ["two\nlines", 400],
      ["27 ministers", 422],
    ] as const) {
      const refused = await request.post(path, { data: { replacement } });
      expect(refused.status(), replacement).toBe(status);
      expect(((await refused.json()) as { error: string }).error).toBeTruthy();
    }

    const made = await request.post(path, { data: { replacement: "26 ministers" } });
    expect(made.status()).toBe(201);
    const { id, state } = (await made.json()) as { id: string; state: string };
    expect(state).toBe("open");
    // A checker may not decide.
    expect((await request.post(`/api/proposals/${id}/accept`)).status()).toBe(403);

    // The editor rewrites those words before deciding: the proposal no longer applies.
    const edited = await editor.request.put(`/api/articles/${article.id}`, { data: { format: "text", content: ARTICLE_TEXT.replace("27 ministers", "28 ministers"), version: 1 } });
    expect(edited.status()).toBe(200);
    const stale = await editor.request.post(`/api/proposals/${id}/accept`);
    expect(stale.status()).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toMatch(/no longer applies/);
    expect(((await (await request.get(`/api/articles/${article.id}`)).json()) as { version: number }).version).toBe(2);

    const rejected = await editor.request.post(`/api/proposals/${id}/reject`, { data: { note: "Fixed by hand." } });
    expect(rejected.status()).toBe(200);
    expect(await rejected.json()).toMatchObject({ state: "rejected", decisionNote: "Fixed by hand." });
    expect((await editor.request.post(`/api/proposals/${id}/accept`)).status()).toBe(409);
    expect((await editor.request.post("/api/proposals/nosuchproposal/accept")).status()).toBe(404);
    await editor.close();
  });
});
