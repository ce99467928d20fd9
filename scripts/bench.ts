// npm run bench — measures the foundation's performance budgets on this machine and prints
// the figures (medians over several runs). Starts its own throw-away database and app server.
//   npm run bench                  API and page timings for a 5,000-word article with 500 claims
//   npm run bench -- --startup     also `npm start` to a served page, cold (build) and warm
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromiumLaunchOptions } from "./lib/chromium";
import { freePort } from "@/lib/dev/embedded-postgres";
import { signInOverHttp } from "./lib/http-session";
import { startThrowawayApp, waitForUrl } from "./lib/throwaway-app";
import { createBenchArticle } from "./lib/bench-article";
import { median, p95 } from "./lib/stats";

const RUNS = 15;
const withStartup = process.argv.includes("--startup");

const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main() {
  if (withStartup) await benchStartup();

  let articleId = "";
  const app = await startThrowawayApp(async () => {
    articleId = (await createBenchArticle({ words: 5000, claims: 500 })).id;
  });
  try {
    const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
    console.log(`\nArticle of 5,000 words with 500 claims (250 with a source); ${RUNS} runs each after 3 warm-up requests:`);
    for (const [label, url] of [
      ["GET /api/articles/:id/claims", `/api/articles/${articleId}/claims`],
      ["GET /api/articles/:id/report?format=md", `/api/articles/${articleId}/report?format=md`],
      ["GET /api/articles/:id/report?format=json", `/api/articles/${articleId}/report?format=json`],
    ] as const) {
      const times = await timeRequests(`${app.baseURL}${url}`, cookie);
      console.log(`  ${label.padEnd(42)} median ${ms(median(times))}, p95 ${ms(p95(times))}`);
    }
    const pageTimes = await timeWorkspace(app.baseURL, app.password, articleId);
    console.log(`  ${"article page usable (500 highlights + list)".padEnd(42)} median ${ms(median(pageTimes))}, max ${ms(Math.max(...pageTimes))}`);
  } finally {
    await app.stop();
  }
}

async function timeRequests(url: string, cookie: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS + 3; run++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { Cookie: cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    if (run >= 3) times.push(performance.now() - started);
  }
  return times;
}

async function timeWorkspace(baseURL: string, password: string, articleId: string): Promise<number[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill("checker@example.com");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/articles$/);
  const times: number[] = [];
  for (let run = 0; run < 6; run++) {
    const started = performance.now();
    await page.goto(`/articles/${articleId}`);
    await page.waitForFunction(() => document.querySelectorAll(".article-body [data-claim-id]").length >= 500 && document.querySelectorAll("[data-claim-item]").length === 500);
    if (run > 0) times.push(performance.now() - started);
  }
  await browser.close();
  return times;
}

async function benchStartup() {
  const dataRoot = path.join(tmpdir(), `factdesk-bench-${process.pid}`);
  const run = async (label: string) => {
    const port = await freePort();
    const started = performance.now();
    const child = spawn("npm", ["start"], {
      env: { ...process.env, PORT: String(port), FACTDESK_DATA_DIR: path.join(dataRoot, "postgres"), DATABASE_URL: "" },
      stdio: "ignore",
      detached: true,
    });
    try {
      await waitForUrl(`http://localhost:${port}/signin`, 180_000);
      console.log(`  ${label.padEnd(42)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      process.kill(-child.pid!, "SIGINT");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  };
  console.log("npm start until the sign-in page is served (fresh database folder, seeded on first start):");
  rmSync(".next", { recursive: true, force: true });
  await run("cold: no build yet, new database");
  await run("warm: built, database exists");
  await run("warm again");
  rmSync(dataRoot, { recursive: true, force: true });
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
