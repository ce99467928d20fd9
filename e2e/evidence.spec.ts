import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { createHash } from "node:crypto";
import { createArticle, createClaim, storageState } from "./helpers";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from("IHDR"), Buffer.alloc(120, 3)]);
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

test.describe("evidence files on sources", () => {
  test.use({ storageState: storageState("checker") });

  async function sourceOnNewClaim(browser: Browser, request: APIRequestContext) {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    const claim = await createClaim(request, article.id, "Lisbon", "place");
    const response = await request.post(`/api/claims/${claim.id}/sources`, { data: { url: "https://gov.example/lisbon", title: "City records" } });
    expect(response.status()).toBe(201);
    return { article, claim, source: (await response.json()) as { id: string } };
  }

  test("a checker keeps a screenshot on a source: uploaded with its SHA-256, shown, and served as it was", async ({ browser, page, request }) => {
    test.setTimeout(60_000);
    const { article, claim, source } = await sourceOnNewClaim(browser, request);
    await page.goto(`/articles/${article.id}?claim=${claim.id}`);
    const card = page.locator(`[data-source-id="${source.id}"]`);
    await card.locator("input[type=file]").setInputFiles({ name: "city-records.png", mimeType: "image/png", buffer: PNG });
    await expect(card.getByRole("status")).toHaveText(`city-records.png kept (SHA-256 ${sha256(PNG).slice(0, 12)}…).`);
    await expect(card.getByRole("img", { name: "Evidence: city-records.png" })).toBeVisible();
    await expect(card.locator("code")).toHaveAttribute("title", sha256(PNG));

    // Listed on the source in the claims API, and served with what keeps it from running.
    const { claims } = (await (await request.get(`/api/articles/${article.id}/claims`)).json()) as {
      claims: { id: string; sources: { evidence: { id: string; sha256: string; size: number }[] }[] }[];
    };
    const [file] = claims.find((entry) => entry.id === claim.id)!.sources[0]!.evidence;
    expect(file).toMatchObject({ sha256: sha256(PNG), size: PNG.length });
    const served = await request.get(`/api/evidence/${file!.id}`);
    expect(served.status()).toBe(200);
    expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);
    expect(served.headers()).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "x-evidence-sha256": sha256(PNG),
    });
    expect(served.headers()["content-disposition"]).toMatch(/^inline; filename="city-records.png"/);
    expect(served.headers()["content-security-policy"]).toContain("sandbox");
    expect(served.headers()["x-frame-options"]).toBe("SAMEORIGIN");

    // The evidence would go with its source or claim: only an admin may delete them now.
    await expect(card).toContainText("Holds evidence: only an admin may remove it.");
    await expect(card.getByRole("button", { name: "Remove" })).toHaveCount(0);
    await expect(page.locator(".claim-detail__footer")).toContainText("Its sources hold evidence: only an admin may delete it.");
    for (const path of [`/api/sources/${source.id}`, `/api/claims/${claim.id}`]) {
      const refused = await request.delete(path);
      expect(refused.status()).toBe(403);
      expect(((await refused.json()) as { error: string }).error).toContain("only an admin may delete evidence");
    }
    expect((await request.get(`/api/evidence/${file!.id}`)).status()).toBe(200);
  });

  test("a PDF is shown in a frame of the workspace, served so that it stays a PDF and is framed by Factdesk only", async ({ browser, page, request }) => {
    test.setTimeout(60_000);
    const { article, claim, source } = await sourceOnNewClaim(browser, request);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const kept = await request.post(`/api/sources/${source.id}/evidence`, { multipart: { file: { name: "council-minutes.pdf", mimeType: "application/pdf", buffer: pdf } } });
    expect(kept.status()).toBe(201);
    const file = (await kept.json()) as { id: string; contentType: string };
    expect(file.contentType).toBe("application/pdf");

    const served = await request.get(`/api/evidence/${file.id}`);
    expect(served.headers()).toMatchObject({ "content-type": "application/pdf", "x-content-type-options": "nosniff", "x-frame-options": "SAMEORIGIN" });
    const policy = served.headers()["content-security-policy"]!;
    // Chromium will not show a sandboxed PDF; it may fetch nothing and be framed by Factdesk alone.
    expect(policy).not.toContain("sandbox");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'self'");

    await page.goto(`/articles/${article.id}?claim=${claim.id}`);
    const card = page.locator(`[data-source-id="${source.id}"]`);
    await expect(card).toContainText("council-minutes.pdf");
    await expect(card).toContainText("kept by");
    const framed = page.waitForResponse((response) => response.url().endsWith(`/api/evidence/${file.id}`) && response.request().frame() !== page.mainFrame());
    await card.getByRole("button", { name: "Show the PDF" }).click();
    await expect(card.locator("iframe")).toHaveAttribute("title", "PDF: council-minutes.pdf");
    expect((await framed).status()).toBe(200);
    await card.getByRole("button", { name: "Hide the PDF" }).click();
    await expect(card.locator("iframe")).toHaveCount(0);
  });

  test("a saved page is a download that cannot run, other files are refused, and admins delete with a trace", async ({ browser, request }) => {
    const { claim, source } = await sourceOnNewClaim(browser, request);
    const page = Buffer.from("<!doctype html><html><body><script>alert(1)</script>Saved copy</body></html>");
    const saved = await request.post(`/api/sources/${source.id}/evidence`, { multipart: { file: { name: "page.png", mimeType: "image/png", buffer: page } } });
    expect(saved.status()).toBe(201);
    const file = (await saved.json()) as { id: string; contentType: string; fileName: string };
    expect(file).toMatchObject({ contentType: "text/html", fileName: "page.png" });
    const served = await request.get(`/api/evidence/${file.id}`);
    expect(served.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(served.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(served.headers()["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
    // Its view for reading: the page's text under a banner, without its script.
    const view = await request.get(`/api/evidence/${file.id}?view=page`);
    expect(view.status()).toBe(200);
    expect(view.headers()["content-security-policy"]).toMatch(/^sandbox; default-src 'none'; img-src data:/);
    const viewed = await view.text();
    expect(viewed).toContain("Saved copy");
    expect(viewed).toContain("kept as evidence: <strong>page.png</strong>");
    expect(viewed).not.toContain("alert(1)");
    expect((await request.get(`/api/evidence/${file.id}?view=raw`)).status()).toBe(400);

    const exe = await request.post(`/api/sources/${source.id}/evidence`, {
      multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 1)]) } },
    });
    expect(exe.status()).toBe(415);
    expect(((await exe.json()) as { error: string }).error).toContain("its name does not matter");
    const notMultipart = await request.post(`/api/sources/${source.id}/evidence`, { data: { file: "x" } });
    expect(notMultipart.status()).toBe(415);
    const noFile = await request.post(`/api/sources/${source.id}/evidence`, { multipart: { other: "x" } });
    expect(noFile.status()).toBe(400);

    expect((await request.delete(`/api/evidence/${file.id}`)).status()).toBe(403);
    const admin = await browser.newContext({ storageState: storageState("admin") });
    expect((await admin.request.delete(`/api/evidence/${file.id}`)).status()).toBe(204);
    await admin.close();
    expect((await request.get(`/api/evidence/${file.id}`)).status()).toBe(404);
    const { history } = (await (await request.get(`/api/claims/${claim.id}/history`)).json()) as { history: { action: string }[] };
    expect(history.map((entry) => entry.action)).toEqual(expect.arrayContaining(["source.evidence_added", "source.evidence_removed"]));
  });
});
