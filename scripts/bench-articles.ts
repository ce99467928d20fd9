// npm run bench:articles — the article list's budget (issue 16): with 10,000 articles of about
// 600 words and 10 claims each on the desk, every way of finding an article answers in < 200 ms.
// Measured over HTTP (session, SQL, JSON, transfer) as a checker: GET /api/articles with each
// search, filter, sort and page, and the /articles page itself. Prints the median and p95 of 15
// runs after 3 warm-ups; record the figures in docs/performance.md.
import { sessionGetter, signInOverHttp } from "./lib/http-session";
import { generateDesk, VOCABULARY } from "./lib/desk-generator";
import { startThrowawayApp } from "./lib/throwaway-app";
import { median, p95 } from "./lib/stats";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const WORDS = 600;
const CLAIMS = 10;
const RUNS = 15;
const WARM_UPS = 3;
const BUDGET_MS = 200;

async function main() {
  const app = await startThrowawayApp(() => generateDesk({ articles: ARTICLES, words: WORDS, claimsPerArticle: CLAIMS }));
  try {
    const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
    const get = sessionGetter(app.baseURL, cookie);
    const firstPage = JSON.parse(await get("/api/articles")) as { nextCursor: string; total: number };
    // A frequent word (in most articles), a middling one and a rare one, by the generator's skew.
    const common = VOCABULARY[1]!;
    const middling = VOCABULARY[200]!;
    const rare = VOCABULARY[15_000]!;
    const cases: [string, string][] = [
      ["newest first, page 1", "/api/articles"],
      ["newest first, page 100", "/api/articles?page=100"],
      ["next page by cursor", `/api/articles?cursor=${firstPage.nextCursor}`],
      ["title A–Z, page 50", "/api/articles?sort=title&page=50"],
      ["recently created, page 20", "/api/articles?sort=created&page=20"],
      ["search: frequent word", `/api/articles?q=${common}`],
      ["search: middling word", `/api/articles?q=${middling}`],
      ["search: rare word", `/api/articles?q=${rare}`],
      ["search: two words, newest", `/api/articles?q=${common}+${middling}&sort=updated`],
      ["search: quoted phrase", `/api/articles?q=${encodeURIComponent(`"${common} ${common}"`)}`],
      ["state + has incorrect", "/api/articles?state=in_check&has=incorrect"],
      ["lead me + recheck", "/api/articles?lead=me&has=recheck"],
      ["mine", "/api/articles?mine=true"],
      ["updated since", "/api/articles?updatedSince=2025-12-01"],
      ["search + filters + title", `/api/articles?q=${middling}&state=draft&has=disputed&sort=title`],
      ["/articles page", "/articles"],
      ["/articles page, searched", `/articles?q=${middling}`],
    ];
    console.log(`\n${firstPage.total.toLocaleString("en")} articles. Over HTTP as a checker, ${RUNS} runs after ${WARM_UPS} warm-ups (budget ${BUDGET_MS} ms):`);
    let over = 0;
    for (const [label, path] of cases) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS + WARM_UPS; run++) {
        const started = performance.now();
        const body = await get(path);
        if (run >= WARM_UPS) times.push(performance.now() - started);
        if (path.startsWith("/api/")) total = (JSON.parse(body) as { total: number }).total;
      }
      const mid = median(times);
      if (mid > BUDGET_MS) over++;
      console.log(
        `  ${label.padEnd(28)} median ${mid.toFixed(0).padStart(4)} ms, p95 ${p95(times).toFixed(0).padStart(4)} ms${path.startsWith("/api/") ? `  (${total.toLocaleString("en")} match)` : ""}${mid > BUDGET_MS ? "  OVER BUDGET" : ""}`,
      );
    }
    console.log(over === 0 ? `\nEvery case within ${BUDGET_MS} ms (median).` : `\n${over} case(s) over ${BUDGET_MS} ms (median).`);
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
