import { expect, test } from "@playwright/test";
import { ARTICLE_TEXT, createArticle, createClaim, storageState } from "./helpers";

test.describe("the JSON API", () => {
  test.use({ storageState: storageState("checker") });

  test("creates claims by quote and occurrence or by offsets, in document order", async ({ request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    expect(article.text).toBe(ARTICLE_TEXT);

    const second = await request.post(`/api/articles/${article.id}/claims`, { data: { quote: "Doe", occurrence: 2, kind: "name" } });
    expect(second.status()).toBe(201);
    const start = ARTICLE_TEXT.indexOf("€4.5 billion");
    const byOffsets = await request.post(`/api/articles/${article.id}/claims`, { data: { start, end: start + 12, kind: "number", status: "in_progress" } });
    expect(byOffsets.status()).toBe(201);
    expect(await byOffsets.json()).toMatchObject({ quote: "€4.5 billion", status: "in_progress" });

    const list = await (await request.get(`/api/articles/${article.id}/claims`)).json();
    expect(list.claims.map((claim: { quote: string; start: number }) => [claim.quote, claim.start])).toEqual([
      ["Doe", ARTICLE_TEXT.indexOf("Doe", ARTICLE_TEXT.indexOf("Doe") + 1)],
      ["€4.5 billion", start],
    ]);
    expect(list.claims[0]).toMatchObject({ kind: "name", status: "unchecked", note: "", sources: [], version: 1 });
    expect(list.claims[0].updatedBy.name).toBe("Cara Checker");

    const report = await request.get(`/api/articles/${article.id}/report?format=json`);
    expect(report.headers()["content-type"]).toContain("application/json");
    expect(report.headers()["content-disposition"]).toMatch(/attachment; filename="factdesk-report-e2e-article-.*\.json"/);
    const json = await report.json();
    expect(json.totals).toMatchObject({ claims: 2, resolved: 0, byStatus: { unchecked: 1, in_progress: 1 } });
    expect(json.generatedBy.name).toBe("Cara Checker");

    const csv = await request.get(`/api/articles/${article.id}/report?format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(/filename="factdesk-report-e2e-article-.*\.csv"/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(",Doe,Name,Unchecked,");
  });

  test("answers bad requests with a precise 4xx and a JSON error", async ({ request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    const claim = await createClaim(request, article.id, "Lisbon", "place");

    const malformed = await request.post(`/api/articles/${article.id}/claims`, { headers: { "Content-Type": "application/json" }, data: Buffer.from("{not json") });
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toEqual({ error: "The request body is not valid JSON." });

    const missing = await request.post(`/api/articles/${article.id}/claims`, { data: { quote: "Paris", kind: "place" } });
    expect(missing.status()).toBe(422);
    expect((await missing.json()).error).toBe('The quote "Paris" does not appear in the article text.');

    const badKind = await request.post(`/api/articles/${article.id}/claims`, { data: { quote: "Lisbon", kind: "planet" } });
    expect(badKind.status()).toBe(400);
    expect((await badKind.json()).error).toContain("kind must be one of");

    const unknownField = await request.patch(`/api/claims/${claim.id}`, { data: { status: "verified", version: 1, colour: "red" } });
    expect(unknownField.status()).toBe(400);
    expect((await unknownField.json()).error).toContain("Unknown field: colour");

    expect((await request.get("/api/articles/doesnotexist/claims")).status()).toBe(404);
    expect((await request.patch("/api/claims/nosuchclaim", { data: { status: "verified", version: 1 } })).status()).toBe(404);
    expect((await request.get(`/api/articles/${article.id}/report?format=pdf`)).status()).toBe(400);

    const badUrl = await request.post(`/api/claims/${claim.id}/sources`, { data: { url: "javascript:alert(1)" } });
    expect(badUrl.status()).toBe(400);
    expect((await badUrl.json()).error).toContain("http:// or https://");

    const first = await request.patch(`/api/claims/${claim.id}`, { data: { status: "verified", version: 1 } });
    expect(first.status()).toBe(200);
    const stale = await request.patch(`/api/claims/${claim.id}`, { data: { status: "incorrect", version: 1 } });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ currentVersion: 2 });
    const after = await (await request.get(`/api/articles/${article.id}/claims`)).json();
    expect(after.claims[0].status).toBe("verified");
  });

  test("refuses oversize article bodies with 413", async ({ browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const response = await editor.request.post("/api/articles", { data: { title: "Huge", format: "text", content: "word ".repeat(500_000) } });
    expect(response.status()).toBe(413);
    expect((await response.json()).error).toContain("larger than");
    await editor.close();
  });
});
