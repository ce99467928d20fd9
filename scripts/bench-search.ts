// npm run bench:search — the desk's search and "seen before" budgets (issue 17): with 10,000 articles of about 600
// words, 500,000 claims (50 an article, two to seven words of its text, a third with a note),
// 100,000 sources, 50,000 comments and 2,000 register entries, GET /api/search answers in
// < 150 ms (median). Measured over HTTP (session, SQL, JSON) as a checker: frequent, middling
// and rare words, several words, a phrase, a word found nowhere, names in part and misspelt,
// a page of one kind, and the /search page. Then GET /api/claims/:id/similar (< 100 ms) for
// generated claims and for claims naming a register entry. Prints the median and p95 of 15 runs
// after 3 warm-ups, and what was found; record the figures in docs/performance.md.
//   BENCH_ARTICLES=1000 npm run bench:search   (a smaller desk, for trying the script)
import { generateDesk, VOCABULARY } from "./lib/desk-generator";
import { sessionGetter, signInOverHttp } from "./lib/http-session";
import { median, p95 } from "./lib/stats";
import { startThrowawayApp } from "./lib/throwaway-app";
import { createArticle } from "@/lib/server/articles/create-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getDb } from "@/lib/server/db";
import type { SearchResultsDto } from "@/lib/search/search-kinds";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = 15;
const WARM_UPS = 3;
const BUDGET_MS = 150;
const SIMILAR_BUDGET_MS = 100;

async function main() {
  let sampleName = "";
  let sampleClaims: { label: string; id: string }[] = [];
  const app = await startThrowawayApp(async () => {
    await generateDesk({ articles: ARTICLES, words: 600, claimsPerArticle: 50, sourcesPerClaim: 0.2, commentsPerClaim: 0.1, registerEntries: 2_000 });
    sampleName = (await getDb().registerEntry.findFirstOrThrow({ where: { name: { startsWith: "Marco " } }, orderBy: { name: "asc" }, select: { name: true } })).name;
    sampleClaims = await namedClaims(sampleName);
  });
  try {
    const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
    const get = sessionGetter(app.baseURL, cookie);
    const [common, middling, rare] = [VOCABULARY[1]!, VOCABULARY[200]!, VOCABULARY[15_000]!];
    const surname = sampleName.split(" ")[1]!;
    const misspelt = `${surname.slice(0, 3)}${surname.slice(4)}`;
    const q = (text: string, extra = "") => `/api/search?q=${encodeURIComponent(text)}${extra}`;
    const cases: [string, string][] = [
      ["frequent word", q(common)],
      ["middling word", q(middling)],
      ["rare word", q(rare)],
      ["two words", q(`${common} ${middling}`)],
      ["quoted phrase", q(`"${common} ${common}"`)],
      ["word found nowhere", q("wqqqqqq")],
      ["a name, in part", q(`Marco ${surname.slice(0, 5)}`)],
      ["a name, misspelt", q(`Marco ${misspelt}`)],
      ["claims only, page 2", q(middling, "&kind=claims&page=2")],
      ["/search page", `/search?q=${common}`],
    ];
    console.log(`\nOver HTTP as a checker, ${RUNS} runs after ${WARM_UPS} warm-ups (budget ${BUDGET_MS} ms):`);
    let over = 0;
    for (const [label, path] of cases) {
      const times: number[] = [];
      let found = "";
      for (let run = 0; run < RUNS + WARM_UPS; run++) {
        const started = performance.now();
        const body = await get(path);
        if (run >= WARM_UPS) times.push(performance.now() - started);
        if (path.startsWith("/api/")) {
          const { groups } = JSON.parse(body) as SearchResultsDto;
          found = groups.map((group) => `${group.kind} ${group.total.toLocaleString("en")}${group.capped ? "+" : ""}`).join(", ");
        }
      }
      const mid = median(times);
      if (mid > BUDGET_MS) over++;
      console.log(
        `  ${label.padEnd(22)} median ${mid.toFixed(0).padStart(4)} ms, p95 ${p95(times).toFixed(0).padStart(4)} ms${found ? `  (${found})` : ""}${mid > BUDGET_MS ? "  OVER BUDGET" : ""}`,
      );
    }
    console.log(over === 0 ? `\nEvery case within ${BUDGET_MS} ms (median).` : `\n${over} case(s) over ${BUDGET_MS} ms (median).`);

    // Claims seen before: generated claims (spans of made-up words, the nearest keys among 500,000) and claims naming a register entry.
    const generated = await getDb().claim.findMany({ where: { article: { title: { startsWith: "Story " } } }, orderBy: { id: "asc" }, take: 3, skip: 1_000, select: { id: true } });
    const similarCases = [...generated.map((claim, index) => ({ label: `generated claim ${index + 1}`, id: claim.id })), ...sampleClaims];
    console.log(`\nGET /api/claims/:id/similar, ${RUNS} runs after ${WARM_UPS} warm-ups (budget ${SIMILAR_BUDGET_MS} ms):`);
    let similarOver = 0;
    for (const { label, id } of similarCases) {
      const times: number[] = [];
      let found = 0;
      for (let run = 0; run < RUNS + WARM_UPS; run++) {
        const started = performance.now();
        const body = await get(`/api/claims/${id}/similar`);
        if (run >= WARM_UPS) times.push(performance.now() - started);
        found = (JSON.parse(body) as { claims: unknown[] }).claims.length;
      }
      const mid = median(times);
      if (mid > SIMILAR_BUDGET_MS) similarOver++;
      console.log(
        `  ${label.padEnd(28)} median ${mid.toFixed(0).padStart(4)} ms, p95 ${p95(times).toFixed(0).padStart(4)} ms  (${found} listed)${mid > SIMILAR_BUDGET_MS ? "  OVER BUDGET" : ""}`,
      );
    }
    console.log(similarOver === 0 ? `\nEvery case within ${SIMILAR_BUDGET_MS} ms (median).` : `\n${similarOver} case(s) over ${SIMILAR_BUDGET_MS} ms (median).`);
  } finally {
    await app.stop();
  }
}

/** Two articles naming a register entry as checkers write it: the claim in the second has the first as "seen before". */
async function namedClaims(name: string): Promise<{ label: string; id: string }[]> {
  const editor = await getDb().user.findFirstOrThrow({ where: { email: "editor@example.com" }, select: { id: true, email: true, name: true, role: true } });
  const earlierText = `Foreign Minister ${name} arrived on Monday.`;
  const currentText = `${name}, the foreign minister, spoke.`;
  const earlier = await createArticle({ actor: editor, input: { title: "Benchmark: named earlier", format: "text", content: earlierText } });
  const current = await createArticle({ actor: editor, input: { title: "Benchmark: named now", format: "text", content: currentText } });
  await createClaim({ actor: editor, articleId: earlier.id, input: { quote: `Foreign Minister ${name}`, kind: "title" } });
  const claim = await createClaim({ actor: editor, articleId: current.id, input: { quote: `${name}, the foreign minister`, kind: "title" } });
  return [{ label: "claim naming a register entry", id: claim.id }];
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
