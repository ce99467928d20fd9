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

  test("exports the three documents in each format, keeping confidential sources hidden", async ({ request, browser }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    const claim = await createClaim(request, article.id, "Lisbon", "place");
    const secret = await request.post(`/api/claims/${claim.id}/sources`, {
      data: { kind: "person", confidential: true, title: "Mayor's chief of staff", contact: "+351 555 0101", excerpt: "Told us off the record" },
    });
    expect(secret.status()).toBe(201);
    expect(await secret.json()).toMatchObject({ kind: "person", confidential: true, url: "" });
    await request.patch(`/api/claims/${claim.id}`, { data: { status: "incorrect", note: "It was Porto.", version: 1 } });

    const expected = { html: "text/html", md: "text/markdown", docx: "wordprocessingml", csv: "text/csv", json: "application/json" };
    for (const [type, formats] of Object.entries({ verified: ["html", "md", "docx", "csv", "json"], annotated: ["html", "md", "docx"], corrections: ["html", "md", "docx"] })) {
      for (const format of formats) {
        const response = await request.get(`/api/articles/${article.id}/report?type=${type}&format=${format}&comments=include`);
        expect(response.status(), `${type} ${format}`).toBe(200);
        expect(response.headers()["content-type"]).toContain(expected[format as keyof typeof expected]);
        const body = await response.body();
        if (format === "docx") expect(body.subarray(0, 2).toString()).toBe("PK");
        else expect(body.toString()).not.toMatch(/chief of staff|555 0101|off the record/);
        if (format !== "docx" && format !== "json") expect(body.toString()).toContain("Confidential source");
      }
    }
    const memo = await (await request.get(`/api/articles/${article.id}/report?type=corrections&format=md`)).text();
    expect(memo).toContain("## Incorrect (1)");
    expect(memo).toContain("> It was Porto.");
    const filtered = await (await request.get(`/api/articles/${article.id}/report?format=json&status=verified`)).json();
    expect(filtered.totals).toMatchObject({ articleClaims: 1, claims: 0 });

    const wrongFormat = await request.get(`/api/articles/${article.id}/report?type=annotated&format=csv`);
    expect(wrongFormat.status()).toBe(400);
    expect((await wrongFormat.json()).error).toContain("CSV and JSON are available for the verified-claims report only");
    const badStatus = await request.get(`/api/articles/${article.id}/report?status=maybe`);
    expect(badStatus.status()).toBe(400);
    expect((await badStatus.json()).error).toContain("status takes:");
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
