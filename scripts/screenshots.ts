// npm run screenshots — photographs the main screens of a fresh demo (its own throw-away
// database and server), signed in as the demo checker, into docs/screenshots/.
import { chromium, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { chromiumLaunchOptions } from "./lib/chromium";
import { startThrowawayApp } from "./lib/throwaway-app";

const out = "docs/screenshots";
mkdirSync(out, { recursive: true });

const app = await startThrowawayApp();
const { baseURL, password } = app;
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [name, width, height] of [
    ["laptop", 1366, 820],
    ["wide", 1920, 1080],
  ] as const) {
    const page = await browser.newPage({ baseURL, viewport: { width, height }, deviceScaleFactor: 1 });
    if (name === "laptop") {
      await page.goto("/signin");
      await page.screenshot({ path: `${out}/signin.png` });
    }
    await signIn(page);
    if (name === "laptop") await page.screenshot({ path: `${out}/articles.png` });
    await page.getByRole("link", { name: /Harbour bridge/ }).click();
    await page.locator(".article-body [data-claim-id]").first().waitFor();
    await page.locator(".claim-item", { hasText: "Mayor Elena Vasquez" }).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}/${name === "laptop" ? "workspace" : "workspace-wide"}.png` });
    if (name === "laptop") {
      await selectText(page, "Deputy Mayor Priya Raman");
      await page.keyboard.press("c");
      await page.getByRole("dialog").waitFor();
      await page.screenshot({ path: `${out}/mark-claim.png` });
      await page.keyboard.press("Escape");
      await page.getByRole("tab", { name: /Suggestions/ }).click();
      await page.locator(".suggestion--flag").first().waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/suggestions.png` });
      const articleId = new URL(page.url()).pathname.split("/").pop()!;
      await page.goto(`/api/articles/${articleId}/report?type=annotated&format=html`);
      await page.screenshot({ path: `${out}/annotated-draft.png`, fullPage: false });
      await page.goto("/register");
      await page.locator(".register-entry").first().waitFor();
      await page.screenshot({ path: `${out}/register.png` });
    }
    await page.close();
  }
  console.log(`Screenshots written to ${out}/`);
} finally {
  await browser.close();
  await app.stop();
}
process.exit(0);

async function signIn(page: Page) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("checker@example.com");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/articles$/);
}

async function selectText(page: Page, phrase: string) {
  await page.evaluate((target) => {
    const walker = document.createTreeWalker(document.querySelector(".article-body")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(target);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + target.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the article`);
  }, phrase);
}
