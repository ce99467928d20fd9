import { expect, test } from "@playwright/test";
import { createArticle, createClaim, storageState } from "./helpers";

test.describe("publishing and interchange", () => {
  test.use({ storageState: storageState("admin") });

  test("an admin sets the organization; the checked claims come out as ClaimReview JSON-LD", async ({ page, request, browser }) => {
    await page.goto("/admin/settings");
    await page.getByLabel("Name (the author of published fact-checks)").fill("Port Alder Tribune");
    await page.getByLabel("Website").fill("https://tribune.example");
    await page.getByLabel("Verdict for Verified").fill("Accurate");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
    await expect(page.getByText(/Last saved by Ada Admin/).filter({ visible: true })).toBeVisible();

    const article = await createArticle(request);
    const checker = await browser.newContext({ storageState: storageState("checker") });
    const claim = await createClaim(checker.request, article.id, "27 ministers", "number");
    await checker.request.patch(`/api/claims/${claim.id}`, { data: { status: "verified", version: claim.version } });

    const unpublished = await checker.request.get(`/api/articles/${article.id}/claimreview`);
    expect(unpublished.status()).toBe(422);
    expect((await unpublished.json()).error).toContain("published at");

    // The editor records where the article is published, from the workspace's Reports menu.
    await page.goto(`/articles/${article.id}`);
    await page.getByText("Reports", { exact: true }).click();
    await page.getByLabel("Published at").fill("https://tribune.example/port-deal");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Published address saved.").filter({ visible: true })).toBeVisible();

    const response = await checker.request.get(`/api/articles/${article.id}/claimreview`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/ld+json");
    const [review] = await response.json();
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `https://tribune.example/port-deal#claim-${claim.id}`,
      claimReviewed: "27 ministers",
      author: { "@type": "Organization", name: "Port Alder Tribune", url: "https://tribune.example" },
      itemReviewed: { "@type": "Claim", appearance: { url: "https://tribune.example/port-deal" } },
      reviewRating: { "@type": "Rating", alternateName: "Accurate", ratingValue: 5, bestRating: 5, worstRating: 1 },
    });
    await checker.close();
  });

  test("Web Annotations exported from one article recreate its claims in a copy", async ({ request }) => {
    const original = await createArticle(request);
    const claim = await createClaim(request, original.id, "Lisbon", "place");
    await request.patch(`/api/claims/${claim.id}`, { data: { status: "incorrect", note: "It was Porto.", version: claim.version } });
    await request.post(`/api/claims/${claim.id}/sources`, { data: { url: "https://port.example/log", title: "Harbour log" } });
    await createClaim(request, original.id, "Doe", "name");

    const exported = await request.get(`/api/articles/${original.id}/annotations`);
    expect(exported.headers()["content-type"]).toContain("application/ld+json");
    const collection = await exported.json();
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 2 });

    const copy = await createArticle(request);
    const imported = await request.post(`/api/articles/${copy.id}/annotations`, { data: collection });
    expect(imported.status()).toBe(201);
    expect(await imported.json()).toEqual({ created: 2, alreadyPresent: 0, skipped: [] });
    const shape = (claims: Array<{ quote: string; start: number; end: number; status: string; note: string; sources: Array<{ url: string }> }>) =>
      claims.map((item) => [item.quote, item.start, item.end, item.status, item.note, item.sources.map((source) => source.url)]);
    const [before, after] = await Promise.all([
      request.get(`/api/articles/${original.id}/claims`).then((answer) => answer.json()),
      request.get(`/api/articles/${copy.id}/claims`).then((answer) => answer.json()),
    ]);
    expect(shape(after.claims)).toEqual(shape(before.claims));

    const notAnnotations = await request.post(`/api/articles/${copy.id}/annotations`, { data: { hello: "world" } });
    expect(notAnnotations.status()).toBe(400);
  });

  test("a confidential source is marked in the workspace and reduced to its kind in reports", async ({ page, request }) => {
    const article = await createArticle(request);
    const claim = await createClaim(request, article.id, "nine hours", "number");
    await page.goto(`/articles/${article.id}?claim=${claim.id}`);
    await page.getByRole("button", { name: "Add source" }).click();
    const form = page.getByRole("form", { name: "Add a source" });
    await form.getByRole("combobox", { name: /^Kind/ }).selectOption("person");
    await form.getByLabel("Title", { exact: true }).fill("Ministry press officer");
    await form.getByLabel("Contact (never exported)").fill("+351 555 0199");
    await form.getByRole("checkbox", { name: /Confidential/ }).check();
    await form.getByRole("button", { name: "Add source" }).click();
    const source = page.locator(".source", { hasText: "Ministry press officer" });
    await expect(source.locator(".flag--confidential")).toHaveText("Confidential");
    await expect(source).toContainText("Contact: +351 555 0199");

    const html = await (await request.get(`/api/articles/${article.id}/report?type=verified&format=html`)).text();
    expect(html).toContain("Confidential source (Person)");
    expect(html).not.toContain("Ministry press officer");
    expect(html).not.toContain("555 0199");
  });

  test("the OpenAPI description is public and the API page lists every route", async ({ page, browser }) => {
    const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const response = await anonymous.request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/articles/{id}/report");
    await anonymous.close();

    await page.goto("/docs/api");
    await expect(page.getByRole("heading", { name: "Factdesk API" })).toBeVisible();
    await expect(page.locator(".api-op")).toHaveCount(Object.values(document.paths).reduce((sum: number, methods) => sum + Object.keys(methods as object).length, 0));
    const addSource = page.locator(".api-op").filter({ has: page.locator("code", { hasText: /^\/api\/claims\/\{id\}\/sources$/ }) });
    await expect(addSource.getByRole("table", { name: "JSON body" })).toContainText("confidential");
  });
});
