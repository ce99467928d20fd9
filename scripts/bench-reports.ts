// npm run bench:reports — the report budgets (issue 5): for an article with 1,000 claims and 3
// sources each, every report over HTTP (database + rendering + transfer), the rendering alone,
// and the number of SQL statements a report costs (which must not grow with the claims).
// Prints medians and p95 over 15 runs after 3 warm-ups; record the figures in docs/performance.md.
import { describeRange } from "@/lib/anchoring/describe-range";
import { ALL_CLAIMS } from "@/lib/reports/build-report";
import { FORMATS_BY_TYPE, renderReport } from "@/lib/reports/render-report";
import { REPORT_TYPES } from "@/lib/reports/report-schema";
import { createArticle } from "@/lib/server/articles/create-article";
import { getDb } from "@/lib/server/db";
import { getReport } from "@/lib/server/reports/get-report";
import { countQueries } from "@/lib/testing/count-queries";
import { signInOverHttp } from "./lib/http-session";
import { startThrowawayApp } from "./lib/throwaway-app";
import { median, p95 } from "./lib/stats";

// Counting statements needs Prisma's query events, switched on before the client is made.
process.env.FACTDESK_COUNT_QUERIES = "1";

const RUNS = 15;
const WARM_UPS = 3;
const CLAIMS = 1_000;

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

async function editor() {
  return getDb().user.findUniqueOrThrow({ where: { email: "editor@example.com" }, select: { id: true, email: true, name: true, role: true } });
}

/** An article with `count` claims, each with 3 sources (one of them confidential) and a comment. */
async function createReportArticle(count: number): Promise<string> {
  const actor = await editor();
  const sentence = (index: number) => `Minister Alex Example${index} said on ${1 + (index % 28)} March 2026 that ${1000 + index * 7} households received support.`;
  const paragraphs: string[] = [];
  for (let index = 0; index < Math.max(count / 3, 4); index++) paragraphs.push([sentence(index * 3), sentence(index * 3 + 1), sentence(index * 3 + 2)].join(" "));
  const article = await createArticle({ actor, input: { title: `Report benchmark (${count} claims)`, format: "text", content: paragraphs.join("\n\n") } });
  const spans = [...article.text.matchAll(/Example\d+/g)].slice(0, count);
  const db = getDb();
  const statuses = ["verified", "incorrect", "disputed", "unverifiable", "unchecked", "in_progress"] as const;
  const claims = await db.claim.createManyAndReturn({
    data: spans.map((match, index) => {
      const anchor = describeRange(article.text, match.index, match.index + match[0].length);
      return {
        articleId: article.id,
        kind: "name" as const,
        status: statuses[index % statuses.length]!,
        note: `Checked against the ministry's list (${index}).`,
        start: anchor.position.start,
        end: anchor.position.end,
        quote: anchor.quote.exact,
        prefix: anchor.quote.prefix,
        suffix: anchor.quote.suffix,
        createdById: actor.id,
        updatedById: actor.id,
        statusChangedById: actor.id,
        statusChangedAt: new Date(),
      };
    }),
    select: { id: true },
  });
  await db.source.createMany({
    data: claims.flatMap((claim, index) => [
      {
        claimId: claim.id,
        url: `https://example.org/records/${index}`,
        title: `Ministry record ${index}`,
        publisher: "Ministry",
        excerpt: "An excerpt that supports the claim.",
        addedById: actor.id,
      },
      { claimId: claim.id, kind: "document" as const, url: `https://archive.example/${index}`, title: `Archive ${index}`, addedById: actor.id },
      { claimId: claim.id, kind: "person" as const, confidential: true, title: `Official ${index}`, contact: "+1 555 0100", addedById: actor.id },
    ]),
  });
  await db.comment.createMany({ data: claims.map((claim) => ({ articleId: article.id, claimId: claim.id, authorId: actor.id, body: "Confirmed by phone." })) });
  return article.id;
}

async function main() {
  let bigId = "";
  let smallId = "";
  const app = await startThrowawayApp(async () => {
    bigId = await createReportArticle(CLAIMS);
    smallId = await createReportArticle(10);
  });
  try {
    const actor = await editor();
    const filters = { ...ALL_CLAIMS, comments: true };
    const small = await countQueries(() => getReport({ actor, articleId: smallId, type: "verified", filters }));
    const big = await countQueries(() => getReport({ actor, articleId: bigId, type: "verified", filters }));
    console.log(`\nSQL statements per report (with discussions): ${small.queries} for 10 claims, ${big.queries} for ${CLAIMS} claims.`);

    console.log(`\nRendering only (report already loaded; ${CLAIMS} claims × 3 sources), ${RUNS} runs:`);
    for (const type of REPORT_TYPES) {
      const report = await getReport({ actor, articleId: bigId, type, filters });
      for (const format of FORMATS_BY_TYPE[type]) {
        const times: number[] = [];
        let size = 0;
        for (let run = 0; run < RUNS + WARM_UPS; run++) {
          const started = performance.now();
          const output = await renderReport(report, format);
          if (run >= WARM_UPS) times.push(performance.now() - started);
          size = output.length;
        }
        console.log(`  ${`${type} ${format}`.padEnd(18)} median ${ms(median(times))}, p95 ${ms(p95(times))}  (${(size / 1024).toFixed(0)} KiB)`);
      }
    }

    const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
    console.log(`\nGET /api/articles/:id/report over HTTP (database, rendering, transfer), ${RUNS} runs after ${WARM_UPS} warm-ups:`);
    for (const type of REPORT_TYPES) {
      for (const format of FORMATS_BY_TYPE[type]) {
        const url = `${app.baseURL}/api/articles/${bigId}/report?type=${type}&format=${format}&comments=include`;
        const times: number[] = [];
        for (let run = 0; run < RUNS + WARM_UPS; run++) {
          const started = performance.now();
          const response = await fetch(url, { headers: { Cookie: cookie } });
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`${url} answered ${response.status}`);
          if (run >= WARM_UPS) times.push(performance.now() - started);
        }
        console.log(`  ${`${type} ${format}`.padEnd(18)} median ${ms(median(times))}, p95 ${ms(p95(times))}`);
      }
    }
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
