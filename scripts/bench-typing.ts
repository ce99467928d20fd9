// npm run bench:typing — how long each keystroke costs in the workspace editor with 1,000
// claim highlights, against the same article without claims, in Chromium. Per keystroke it
// measures the main-thread work from keydown until the editor has handled the input and the
// page has been laid out again (a task queued at keydown runs after all of it), and the part
// of it spent in the editor's transaction (view.dispatch).
//   BENCH_TRACE=1 also writes Chrome traces to /tmp/typing-trace-<claims>.json.
import { chromium, type Page } from "@playwright/test";
import { createArticle } from "@/lib/server/articles/create-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getDb } from "@/lib/server/db";
import { chromiumLaunchOptions } from "./lib/chromium";
import { startThrowawayApp } from "./lib/throwaway-app";
import { percentile } from "./lib/stats";

const KEYSTROKES = 80;

async function main() {
  const ids: { withClaims: string; without: string } = { withClaims: "", without: "" };
  const app = await startThrowawayApp(async () => {
    const actor = await getDb().user.findUniqueOrThrow({ where: { email: "editor@example.com" }, select: { id: true, email: true, name: true, role: true } });
    const content = buildText();
    const withClaims = await createArticle({ actor, input: { title: "Typing benchmark, 1,000 claims", format: "text", content } });
    const without = await createArticle({ actor, input: { title: "Typing benchmark, no claims", format: "text", content } });
    const tokens = [...withClaims.text.matchAll(/\S+/g)];
    const step = Math.floor(tokens.length / 1000);
    for (let index = 0; index < 1000; index++) {
      const token = tokens[index * step];
      await createClaim({ actor, articleId: withClaims.id, input: { start: token!.index, end: token!.index + token![0].length, kind: "other" } });
    }
    ids.withClaims = withClaims.id;
    ids.without = without.id;
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ baseURL: app.baseURL, viewport: { width: 1440, height: 900 } });
    await page.goto("/signin");
    await page.getByLabel("Email").fill("editor@example.com");
    await page.getByLabel("Password").fill(app.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/articles$/);
    console.log(`Article of ~10,000 words; ${KEYSTROKES} keystrokes typed in the middle of the text; per keystroke:`);
    for (const [label, id, highlights] of [
      ["no claims (baseline)", ids.without, 0],
      ["1,000 claim highlights", ids.withClaims, 1000],
    ] as const) {
      const times = await measureTyping(page, id, highlights);
      const at = (share: number) => percentile(times, share).toFixed(1);
      console.log(`  ${label.padEnd(24)} median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${Math.max(...times).toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

function buildText(): string {
  const sentence = (index: number) =>
    `Minister Alex Example${index} said on ${1 + (index % 28)} March 2026 that ${1000 + index * 7} households received €${(index * 3.7).toFixed(1)} million in support this year.`;
  const paragraphs: string[] = [];
  for (let index = 0, words = 0; words < 10_000; index++) {
    const paragraph = [0, 1, 2, 3].map((offset) => sentence(index * 4 + offset)).join(" ");
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join("\n\n");
}

async function measureTyping(page: Page, articleId: string, highlights: number): Promise<number[]> {
  await page.goto(`/articles/${articleId}`);
  await page.waitForFunction((count) => document.querySelector(".ProseMirror") !== null && document.querySelectorAll(".ProseMirror [data-claim-id]").length >= count, highlights);
  await page.evaluate(() => {
    const dom = document.querySelector(".ProseMirror") as unknown as { editor: { view: { dispatch: (transaction: unknown) => void } } };
    const view = dom.editor.view;
    const original = view.dispatch.bind(view);
    const dispatchTimings: number[] = [];
    (window as unknown as { dispatchTimings: number[] }).dispatchTimings = dispatchTimings;
    view.dispatch = (transaction: unknown) => {
      const started = performance.now();
      original(transaction);
      dispatchTimings.push(performance.now() - started);
    };
    const timings: number[] = [];
    (window as unknown as { keystrokeTimings: number[] }).keystrokeTimings = timings;
    window.addEventListener(
      "keydown",
      () => {
        const started = performance.now();
        setTimeout(() => {
          void document.body.offsetHeight; // include the layout the keystroke caused
          timings.push(performance.now() - started);
        }, 0);
      },
      { capture: true },
    );
  });
  const paragraph = page.locator(".article-body p").nth(60);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click({ position: { x: 40, y: 10 } });
  const tracing = Boolean(process.env.BENCH_TRACE);
  if (tracing)
    await page
      .context()
      .browser()!
      .startTracing(page, { path: `/tmp/typing-trace-${highlights}.json`, categories: ["devtools.timeline", "blink", "v8.execute"] });
  for (let index = 0; index < KEYSTROKES; index++) {
    await page.keyboard.type(index % 10 === 9 ? " " : "x");
    await page.waitForTimeout(20);
  }
  if (tracing) await page.context().browser()!.stopTracing();
  {
    const breakdown = await page.evaluate(() => (window as unknown as { dispatchTimings: number[] }).dispatchTimings ?? []);
    const sorted = [...breakdown].sort((a, b) => a - b);
    console.log(`    of which the editor transaction (view.dispatch): median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms`);
  }
  return page.evaluate(() => (window as unknown as { keystrokeTimings: number[] }).keystrokeTimings);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
