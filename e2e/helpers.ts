import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const PASSWORD = process.env.SEED_PASSWORD || "factdesk-demo";
export type Role = "admin" | "editor" | "checker" | "viewer";
export const storageState = (role: Role) => `e2e/.auth/${role}.json`;

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

export const ARTICLE_TEXT = [
  "Secretary of State Jane Doe arrived in Lisbon on 3 March 2026 for talks with 27 ministers.",
  "“We have a deal,” Doe told reporters after the meeting, which lasted nine hours.",
  "The agreement commits €4.5 billion to the port project over ten years.",
].join("\n\n");

/** Creates an article through the API as the signed-in user of `request`. */
export async function createArticle(request: APIRequestContext, title = uniqueTitle("E2E article"), content = ARTICLE_TEXT) {
  const response = await request.post("/api/articles", { data: { title, format: "text", content } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; title: string; text: string; version: number };
}

export async function createClaim(request: APIRequestContext, articleId: string, quote: string, kind = "name") {
  const response = await request.post(`/api/articles/${articleId}/claims`, { data: { quote, kind } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; version: number; quote: string };
}

/** Selects `phrase` in the article text the way a mouse drag would leave the DOM selection. */
export async function selectInArticle(page: Page, phrase: string) {
  // The editor itself, not the "Loading the article…" placeholder that carries the same class.
  await page.locator(".article-body.ProseMirror").waitFor();
  const select = () =>
    page.evaluate((target) => {
      const root = document.querySelector(".article-body.ProseMirror");
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(target) ?? -1;
        if (index >= 0) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + target.length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return true;
        }
      }
      return false;
    }, phrase);
  // Highlights may still be redrawing the text: try until the phrase is one text node.
  await expect.poll(select, { message: `"${phrase}" is in one text node of the article` }).toBe(true);
}

/** Signs in through the form in a new browser context of its own (no stored session). */
export async function signInFresh(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return { context, page };
}
