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
    // The title is the evidence: the register names who holds it, and where that comes from.
    await expect(flag).toContainText(`the register has ${name} as Health Minister (source: Cabinet list, https://gov.example/cabinet); the article says ${misspelt}.`);
    await expect(flag.getByRole("link", { name: "Cabinet list" })).toHaveAttribute("href", "https://gov.example/cabinet");
    await expect(flag.getByRole("link", { name })).toHaveAttribute("href", `/register?q=${encodeURIComponent(name)}`);

    await flag.getByRole("link", { name }).click();
    // The search is fuzzy: earlier runs' similar names may be listed too.
    const entry = page.locator(".register-entry").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(entry).toContainText("Health Minister");
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

  test.describe("as an editor", () => {
    test.use({ storageState: storageState("editor") });

    test("a title checked for the article's publication date; duplicates refused and merged on the register page", async ({ page, request }) => {
      const family = `Hx${randomUUID()
        .replace(/[^a-f]/g, "")
        .slice(0, 6)}sen`;
      const entry = (name: string, titles: unknown[]) =>
        request.post("/api/register", { data: { name, titles, sources: [{ url: "https://gov.example/cabinet", title: "Cabinet list" }] } });
      // A country of this run's own, so no other run's finance ministers hold the office there.
      const country = `Republic of ${family}`;
      const karin = await entry(`Karin ${family}`, [{ title: "Finance Minister", from: "2024-03", jurisdiction: country }]);
      expect(karin.status()).toBe(201);
      const per = await entry(`Per ${family}`, [{ title: "Finance Minister", from: "2019-10", to: "2024-02", jurisdiction: country }]);
      expect(per.status()).toBe(201);
      const article = await createArticle(request, uniqueTitle("Budget"), `Finance Minister Per ${family} presented the budget to parliament.`);

      await page.goto(`/articles/${article.id}`);
      await page.getByRole("tab", { name: /Suggestions/ }).click();
      const flag = page.locator(".suggestion--flag");
      await expect(flag).toContainText(`Per ${family} was Finance Minister (${country}) from 2019-10 to 2024-02`);
      await expect(flag).toContainText("today; the article has no publication date");
      await expect(flag).toContainText(`Karin ${family} holds it then`);

      // The article speaks of a day when Per held the office: the flag goes.
      await page.getByLabel("Dateline / publication date").fill("2023-05-01");
      await page.getByRole("button", { name: "Save date" }).click();
      await expect(page.locator(".register-day")).toContainText("on 2023-05-01 (the article's publication date)");
      await expect(flag).toHaveCount(0);
      expect((await (await request.get(`/api/articles/${article.id}`)).json()).publicationDate).toBe("2023-05-01");

      // A second entry under the same name (spelt with other case and accents) is refused with the first one's id.
      const duplicate = await entry(`KARÍN ${family}`, []);
      expect(duplicate.status()).toBe(409);
      expect((await duplicate.json()).existingId).toBe((await karin.json()).id);

      // A duplicate under another spelling is merged on the register page.
      expect((await entry(`K. ${family}`, [])).status()).toBe(201);
      await page.goto(`/register?q=${family}`);
      const kept = page.locator(".register-entry").filter({ has: page.getByRole("heading", { name: `Karin ${family}`, exact: true }) });
      await kept.getByRole("button", { name: "Merge…" }).click();
      await kept.getByLabel(`Merge into Karin ${family}`).selectOption({ label: `K. ${family}` });
      page.once("dialog", (dialog) => void dialog.accept());
      await kept.getByRole("button", { name: "Merge", exact: true }).click();
      await expect(kept).toContainText(`Also written: K. ${family}`);
      await expect(page.getByRole("heading", { name: `K. ${family}`, exact: true })).toHaveCount(0);
    });
  });
});
