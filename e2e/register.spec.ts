import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createArticle, createClaim, storageState, uniqueTitle } from "./helpers";

test.describe("the names-and-titles register", () => {
  test.use({ storageState: storageState("checker") });

  test("a verified name goes into the register in one step; a misspelling of it in another article is flagged with the register's sources", async ({ page, request, browser }) => {
    const family = `Vr${randomUUID()
      .replace(/[^a-f]/g, "")
      .slice(0, 5)}anova`;
    const name = `Helena ${family}`;
    const misspelt = `Helena ${family.slice(0, 2)}${family.slice(3)}`;
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const first = await createArticle(editor.request, uniqueTitle("Clinic"), `Health Minister ${name} opened the clinic on Monday.`);
    const second = await createArticle(editor.request, uniqueTitle("Clinic follow-up"), `A week later, Health Minister ${misspelt} returned to the clinic.`);
    await editor.close();

    const claim = await createClaim(request, first.id, `Health Minister ${name}`, "title");
    await request.post(`/api/claims/${claim.id}/sources`, { data: { url: "https://gov.example/cabinet", title: "Cabinet list" } });
    await request.patch(`/api/claims/${claim.id}`, { data: { status: "verified", version: claim.version } });

    await page.goto(`/articles/${first.id}?claim=${claim.id}`);
    await page.getByRole("button", { name: "Add to register" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is in the register" })).toContainText(`${name} is in the register (Health Minister)`);

    await page.goto(`/articles/${second.id}`);
    await page.getByRole("tab", { name: /Suggestions/ }).click();
    const flag = page.locator(".suggestion--flag");
    await expect(flag).toContainText(`did you mean ${name}?`);
    await expect(flag.getByRole("link", { name: "Cabinet list" })).toHaveAttribute("href", "https://gov.example/cabinet");
    await expect(flag.getByRole("link", { name })).toHaveAttribute("href", `/register?q=${encodeURIComponent(name)}`);

    await flag.getByRole("link", { name }).click();
    await expect(page.locator(".register-entry__name")).toHaveText([name]);
    await expect(page.locator(".register-entry")).toContainText("Health Minister");
    const csv = await (await request.get("/api/register?format=csv")).text();
    expect(csv).toContain(name);
  });

  test("the register API validates entries and refuses viewers", async ({ request, browser }) => {
    const bad = await request.post("/api/register", { data: { name: "Test Person", titles: [{ title: "Mayor", from: "2024-13" }] } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toContain("YYYY, YYYY-MM or YYYY-MM-DD");
    const viewer = await browser.newContext({ storageState: storageState("viewer") });
    const refused = await viewer.request.post("/api/register", { data: { name: "Test Person" } });
    expect(refused.status()).toBe(403);
    expect((await viewer.request.get("/api/register")).status()).toBe(200);
    await viewer.close();
  });
});
