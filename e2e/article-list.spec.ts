import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { createArticle, createClaim, storageState } from "./helpers";

// Other tests add articles to the same desk at the same time: each test searches for a word
// only its own articles contain.
const uniqueWord = () => `zq${Array.from(randomBytes(10), (byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;

test.describe("finding an article", () => {
  test.use({ storageState: storageState("editor") });

  test("search the text, filter, sort and page through the list", async ({ page, request }) => {
    test.setTimeout(60_000);
    const word = uniqueWord();
    const budget = await createArticle(request, `Budget vote ${word}`, `The finance ministers met in Porto to agree the budget. ${word}`);
    await createArticle(request, `Harbour ${word}`, `A harbour story. ${word}`);
    await createArticle(request, `Election night ${word}`, `Turnout was 61 percent. ${word}`);
    const claim = await createClaim(request, budget.id, "Porto", "place");
    expect((await request.patch(`/api/claims/${claim.id}`, { data: { status: "incorrect", version: claim.version } })).status()).toBe(200);

    await page.goto("/articles");
    const search = page.getByRole("search", { name: "Find articles" });
    // A word of the text, stemmed ("minister" finds "ministers"), with the Enter key.
    await search.getByLabel("Search titles and text").fill(`minister ${word}`);
    await search.getByLabel("Search titles and text").press("Enter");
    await expect(page).toHaveURL(/q=minister/);
    await expect(page.locator(".article-list__item")).toHaveCount(1);
    const found = page.locator(".article-list__item").first();
    await expect(found.getByRole("link", { name: `Budget vote ${word}` })).toBeVisible();
    await expect(found).toContainText("1 incorrect");

    // The flagged-claims filter keeps the search.
    await search.getByLabel("Search titles and text").fill(word);
    await search.getByLabel("Has").selectOption("incorrect");
    await search.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(/has=incorrect/);
    await expect(page.locator(".article-list__item")).toHaveCount(1);
    await search.getByLabel("Has").selectOption("");
    await search.getByLabel("Sort").selectOption("title");
    await search.getByRole("button", { name: "Find" }).click();
    await expect(page.locator(".article-list__title")).toHaveText([`Budget vote ${word}`, `Election night ${word}`, `Harbour ${word}`]);
    await expect(page.locator("[data-article-total]")).toHaveText("3 articles");

    // Pages keep the search, the filters and the sort (two to a page here).
    await page.goto(`/articles?q=${word}&sort=title&limit=2`);
    await expect(page.locator("[data-article-total]")).toHaveText("1–2 of 3 articles");
    const pager = page.getByRole("navigation", { name: "Pages of articles" });
    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator(".article-list__title")).toHaveText([`Harbour ${word}`]);
    await expect(pager.locator("[aria-current=page]")).toHaveText("2");
    await pager.getByRole("link", { name: "Page 1" }).click();
    await expect(page.locator(".article-list__title")).toHaveText([`Budget vote ${word}`, `Election night ${word}`]);

    // Nothing found says so; unreadable filters say why and show the whole list.
    await page.goto(`/articles?q=${word}+nosuchwordanywhere`);
    // Within the page's main region: while React reveals a streamed page, a hidden copy of its
    // content can still be in the document (a run saw both at once).
    await expect(page.getByRole("main").getByText("No article matches")).toBeVisible();
    await page.goto("/articles?state=published");
    await expect(page.getByRole("alert").filter({ hasText: "state must be one of" })).toBeVisible();
    await expect(page.locator(".article-list__item").first()).toBeVisible();
  });

  test("the API searches, filters and walks the pages with a cursor", async ({ request }) => {
    const word = uniqueWord();
    const ids: string[] = [];
    for (const name of ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]) ids.push((await createArticle(request, `${name} ${word}`, `Text ${word}.`)).id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await request.get("/api/articles", { params: { q: word, sort: "title", limit: 2, ...(cursor ? { cursor } : {}) } });
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { articles: { id: string }[]; total: number; nextCursor: string | null };
      expect(body.total).toBe(5);
      seen.push(...body.articles.map((article) => article.id));
      cursor = body.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual(ids);

    const refused = await request.get("/api/articles", { params: { q: word, page: 2, cursor: "abc" } });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error).toMatch(/cursor/);
    expect((await request.get("/api/articles", { params: { limit: 1000 } })).status()).toBe(400);
  });
});
