import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { createArticle, createClaim, storageState } from "./helpers";

// Other tests write to the same desk: each test's claims name someone only they mention.
const uniqueName = () => `Zq${Array.from(randomBytes(8), (byte) => "bcdfgkmpvwxz"[byte % 12]).join("")}o`;

test.describe("claims seen before", () => {
  test.use({ storageState: storageState("checker") });

  test("a claim shows the same fact checked in another article, and its source is copied in one click with its evidence", async ({ browser, page, request }) => {
    test.setTimeout(60_000);
    const name = uniqueName();
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const earlierArticle = await createArticle(editor.request, `Rubio visit ${name}`, `Secretary of State Marco ${name} arrived in Lisbon on Monday.`);
    const current = await createArticle(editor.request, `Talks ${name}`, `Marco ${name}, the U.S. Secretary of State, met the minister.`);
    await editor.close();
    const earlier = await createClaim(request, earlierArticle.id, `Secretary of State Marco ${name}`, "title");
    expect((await request.patch(`/api/claims/${earlier.id}`, { data: { status: "verified", version: earlier.version } })).status()).toBe(200);
    const added = await request.post(`/api/claims/${earlier.id}/sources`, { data: { url: "https://state.example/secretary", title: `Biography of ${name}` } });
    expect(added.status()).toBe(201);
    const biography = Buffer.from(`Marco ${name} became Secretary of State in January 2025.`);
    const kept = await request.post(`/api/sources/${((await added.json()) as { id: string }).id}/evidence`, {
      multipart: { file: { name: "biography.txt", mimeType: "text/plain", buffer: biography } },
    });
    expect(kept.status()).toBe(201);
    const original = (await kept.json()) as { id: string; sha256: string };
    const claim = await createClaim(request, current.id, `Marco ${name}, the U.S. Secretary of State`, "title");

    const similar = await request.get(`/api/claims/${claim.id}/similar`);
    expect(similar.status()).toBe(200);
    expect(((await similar.json()) as { claims: { id: string }[] }).claims.map((entry) => entry.id)).toEqual([earlier.id]);

    await page.goto(`/articles/${current.id}?claim=${claim.id}`);
    const seen = page.getByRole("region", { name: "Seen before (1)" });
    await expect(seen).toContainText(`“Secretary of State Marco ${name}”`);
    await expect(seen).toContainText("Verified");
    await expect(seen.getByRole("link", { name: `Rubio visit ${name}` })).toHaveAttribute("href", `/articles/${earlierArticle.id}?claim=${earlier.id}`);
    await expect(seen.locator("label", { hasText: `Biography of ${name}` })).toContainText("1 evidence file");
    await seen.getByRole("button", { name: "Copy 1 source to this claim" }).click();
    await expect(seen.getByRole("status")).toHaveText("1 source and 1 evidence file copied to this claim.");
    await expect(page.locator(".claim-detail .source-list")).toContainText(`Biography of ${name}`);
    await expect(page.locator(".claim-detail .source-list")).toContainText("biography.txt");

    // The copy is the claim's own source, with its own copy of the file (the same bytes), and its history says where it came from.
    const { claims } = (await (await request.get(`/api/articles/${current.id}/claims`)).json()) as {
      claims: { id: string; sources: { title: string; evidence: { id: string; sha256: string }[] }[] }[];
    };
    const [copy] = claims.find((entry) => entry.id === claim.id)!.sources;
    expect(copy!.title).toBe(`Biography of ${name}`);
    expect(copy!.evidence).toHaveLength(1);
    expect(copy!.evidence[0]!.id).not.toBe(original.id);
    expect(copy!.evidence[0]!.sha256).toBe(original.sha256);
    const served = await request.get(`/api/evidence/${copy!.evidence[0]!.id}`);
    expect(served.status()).toBe(200);
    expect((await served.body()).equals(biography)).toBe(true);
    await page.getByRole("region", { name: "History" }).getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("list", { name: "Claim history, newest first" })).toContainText(`reused from a claim in “Rubio visit ${name}”`);
  });

  test("the reuse API says what is wrong with a request", async ({ browser, request }) => {
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await editor.close();
    const claim = await createClaim(request, article.id, "Lisbon", "place");
    const refused = async (data: unknown, status: number, message: string) => {
      const response = await request.post(`/api/claims/${claim.id}/sources/reuse`, { data });
      expect(response.status()).toBe(status);
      expect(((await response.json()) as { error: string }).error).toContain(message);
    };
    await refused({ fromClaimId: claim.id, sourceIds: [] }, 400, "Choose at least one source");
    await refused({ fromClaimId: claim.id, sourceIds: ["a", "a"] }, 400, "lists a source twice");
    await refused({ fromClaimId: "nosuchclaim", sourceIds: ["a"] }, 404, "nosuchclaim");
    await refused({ fromClaimId: claim.id, sourceIds: ["a"] }, 422, "already on this claim");
  });
});
