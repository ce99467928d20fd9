// npm run bench:articles — the article list's budget (issue 16): with 10,000 articles of about
// 600 words and 10 claims each on the desk, every way of finding an article answers in < 200 ms.
// Measured over HTTP (session, SQL, JSON, transfer) as a checker: GET /api/articles with each
// search, filter, sort and page, and the /articles page itself. Prints the median and p95 of 15
// runs after 3 warm-ups; record the figures in docs/performance.md.
import { createHash } from "node:crypto";
import { ARTICLE_STATES } from "@/lib/workflow/article-workflow";
import { CLAIM_STATUSES } from "@/lib/claims/vocabulary";
import { getDb } from "@/lib/server/db";
import { signInOverHttp } from "./lib/http-session";
import { startThrowawayApp } from "./lib/throwaway-app";
import { median, p95 } from "./lib/stats";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const WORDS = 600;
const CLAIMS = 10;
const RUNS = 15;
const WARM_UPS = 3;
const BUDGET_MS = 200;

// A seeded generator (mulberry32): the same desk on every run.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
};
// Words drawn with a Zipf-like skew from a vocabulary of 20,000: a few words are everywhere, most are rare.
const VOCABULARY = Array.from(
  { length: 20_000 },
  (_, index) =>
    `w${createHash("md5")
      .update(String(index))
      .digest("hex")
      .slice(0, 6)
      .replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]!)}`,
);
const word = () => VOCABULARY[Math.floor(VOCABULARY.length ** random()) - 1]!;

async function fillDesk(): Promise<void> {
  const db = getDb();
  const users = await db.user.findMany({ select: { id: true, email: true } });
  const checker = users.find((user) => user.email === "checker@example.com")!;
  const started = performance.now();
  for (let batch = 0; batch < ARTICLES; batch += 500) {
    const rows = Array.from({ length: Math.min(500, ARTICLES - batch) }, (_, offset) => {
      const index = batch + offset;
      const text = Array.from({ length: WORDS }, word).join(" ");
      const author = users[index % users.length]!;
      return {
        title: `Story ${index}: ${word()} ${word()} ${word()}`,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
        text,
        state: ARTICLE_STATES[index % ARTICLE_STATES.length]!,
        leadCheckerId: index % 3 === 0 ? checker.id : null,
        createdById: author.id,
        updatedById: author.id,
        createdAt: new Date(Date.UTC(2025, 0, 1) + index * 3_600_000),
        updatedAt: new Date(Date.UTC(2025, 0, 1) + ((index * 7919) % ARTICLES) * 3_600_000),
      };
    });
    const articles = await db.article.createManyAndReturn({ data: rows, select: { id: true, text: true } });
    await db.claim.createMany({
      data: articles.flatMap((article) =>
        Array.from({ length: CLAIMS }, (_, index) => {
          const start = index * 40;
          return {
            articleId: article.id,
            kind: "other" as const,
            status: CLAIM_STATUSES[Math.floor(random() * CLAIM_STATUSES.length)]!,
            start,
            end: start + 6,
            quote: article.text.slice(start, start + 6),
            createdById: checker.id,
            updatedById: checker.id,
            assigneeId: random() < 0.05 ? checker.id : null,
          };
        }),
      ),
    });
  }
  // What autovacuum does soon after a bulk load on a real desk: statistics for the planner, the GIN index's pending entries merged.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Article", "Claim"`);
  console.log(`Desk filled: ${ARTICLES.toLocaleString("en")} articles × ~${WORDS} words and ${CLAIMS} claims in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

async function main() {
  const app = await startThrowawayApp(fillDesk);
  try {
    const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
    const get = async (path: string) => {
      const response = await fetch(`${app.baseURL}${path}`, { headers: { Cookie: cookie } });
      const body = await response.text();
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 200)}`);
      return body;
    };
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
