import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { createArticle, createClaim, storageState } from "./helpers";

// Other tests write to the same desk at the same time: each test searches for a word only its own rows contain.
const uniqueWord = () => `zq${Array.from(randomBytes(10), (byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;

test.describe("search across the desk", () => {
  test.use({ storageState: storageState("editor") });

  test("the top bar's search finds every kind of record, marks the words, and opens a claim where it lives", async ({ page, request }) => {
    test.setTimeout(60_000);
    const word = uniqueWord();
    const article = await createArticle(request, `Harbour budget ${word}`, `The ${word} harbour budget grew to 4.5 billion dollars.`);
    const claim = await createClaim(request, article.id, "4.5 billion dollars", "number");
    expect((await request.patch(`/api/claims/${claim.id}`, { data: { note: `Per the ${word} port authority.`, version: claim.version } })).status()).toBe(200);
    expect((await request.post(`/api/claims/${claim.id}/sources`, { data: { url: "https://port.example/budget", title: `Port of ${word} accounts` } })).status()).toBe(201);
    expect((await request.post(`/api/claims/${claim.id}/comments`, { data: { body: `The ${word} figure includes the new pier.` } })).status()).toBe(201);

    await page.goto("/articles");
    const box = page.getByRole("search", { name: "Desk search" }).getByLabel("Search the desk");
    await box.fill(word);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
    for (const [kind, count] of [
      ["Articles", 1],
      ["Claims", 1],
      ["Sources", 1],
      ["Comments", 1],
      ["Register", 0],
    ] as const) {
      await expect(page.getByRole("heading", { name: `${kind} (${count})` })).toBeVisible();
    }
    await expect(page.locator("[data-search-kind=articles] mark").first()).toHaveText(word);
    await expect(page.locator("[data-search-kind=claims] [data-search-hit]")).toContainText(`Note: Per the ${word} port authority.`);

    // A claim opens in its article, selected.
    await page.locator("[data-search-kind=claims]").getByRole("link", { name: "“4.5 billion dollars”" }).click();
    await expect(page).toHaveURL(`/articles/${article.id}?claim=${claim.id}`);
    await expect(page.locator(".claim-detail__quote")).toHaveText("4.5 billion dollars");

    // Nothing found says so; a malformed search says why.
    await page.goto(`/search?q=${word}+nosuchwordanywhere`);
    await expect(page.getByText(`Nothing on the desk matches “${word} nosuchwordanywhere”.`)).toBeVisible();
    await page.goto(`/search?q=${word}&kind=people`);
    await expect(page.getByRole("alert").filter({ hasText: "kind must be one of" })).toBeVisible();
  });

  test("a confidential source is found only by those who may see its details", async ({ browser, request }) => {
    const word = uniqueWord();
    const article = await createArticle(request, `Resignation ${word}`, "The minister resigned on Monday.");
    const claim = await createClaim(request, article.id, "resigned", "event");
    expect(
      (
        await request.post(`/api/claims/${claim.id}/sources`, { data: { kind: "person", confidential: true, title: `Aide to the ${word} minister`, contact: "+351 000 000" } })
      ).status(),
    ).toBe(201);

    const sources = async (role: "editor" | "checker" | "viewer") => {
      const context = await browser.newContext({ storageState: storageState(role) });
      const response = await context.request.get(`/api/search?q=${word}`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { groups: { kind: string; total: number }[] };
      await context.close();
      return body.groups.find((group) => group.kind === "sources")!.total;
    };
    expect(await sources("editor")).toBe(1);
    expect(await sources("checker")).toBe(0);
    expect(await sources("viewer")).toBe(0);
  });

  test("the API refuses what is not a search with a 400 that says why", async ({ request }) => {
    const refused = async (path: string, message: string) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain(message);
    };
    await refused("/api/search", "q is required");
    await refused("/api/search?q=budget&page=2", "page needs kind");
    await refused("/api/search?q=budget&kind=claims&page=99", "page must be a whole number from 1 to 50");
    await refused("/api/search?q=bud%00get", "query parameter q");
    await refused(`/api/search?q=${"x".repeat(201)}`, "at most 200 characters");
    const paged = await request.get("/api/search?q=budget&kind=claims&page=1");
    expect(paged.status()).toBe(200);
    expect(((await paged.json()) as { groups: { kind: string }[] }).groups.map((group) => group.kind)).toEqual(["claims"]);
  });
});
