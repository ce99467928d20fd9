// npm run check:failover — the app while its database goes away and comes back, under load.
// A throw-away app serves 8 clients reading claims and posting comments in a loop; after a few
// seconds Postgres is stopped (connections cut, as in a crash or failover) and started again
// 4 s later. Printed: answers by status in each phase, the slowest answer, and how long after
// the database returned the first request succeeded. Fails when any answer is a 5xx other than
// 503, any request hangs past the connect timeout, recovery takes more than 5 s, or a comment
// was half written (every 201 is stored, nothing else is). Meanwhile a browser opens the articles
// page during the outage: it must say the database is away (not a bare error page) and show the
// articles by itself once the database is back, without anyone reloading.
import { chromium } from "@playwright/test";
import pg from "pg";
import { interruptEmbeddedPostgres } from "@/lib/dev/embedded-postgres";
import { chromiumLaunchOptions } from "./lib/chromium";
import { signInOverHttp } from "./lib/http-session";
import { startThrowawayApp } from "./lib/throwaway-app";

const CLIENTS = 8;
const BEFORE_MS = 4_000;
const OUTAGE_MS = 4_000;
const AFTER_MS = 8_000;
const HANG_LIMIT_MS = 7_000;
const RECOVERY_LIMIT_MS = 5_000;

type Sample = { at: number; status: number; ms: number; write: boolean };

const app = await startThrowawayApp();
let failed: boolean;
try {
  const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
  const headers = { cookie, "content-type": "application/json" };
  const article = (await (await fetch(`${app.baseURL}/api/articles`, { headers })).json()) as { articles: { id: string }[] };
  const articleId = article.articles[0]!.id;
  const claims = (await (await fetch(`${app.baseURL}/api/articles/${articleId}/claims`, { headers })).json()) as { claims: { id: string }[] };
  const claimId = claims.claims[0]!.id;
  const commentsBefore = await countComments(app.database.url, claimId);

  const started = Date.now();
  const end = started + BEFORE_MS + OUTAGE_MS + AFTER_MS;
  const samples: Sample[] = [];
  let stoppedAt = 0;
  let restartedAt = 0;
  const outage = (async () => {
    await sleep(BEFORE_MS);
    stoppedAt = Date.now();
    const resume = interruptEmbeddedPostgres(app.database.dataDir);
    await sleep(OUTAGE_MS);
    resume();
    restartedAt = Date.now();
  })();
  const client = async (index: number) => {
    for (let round = 0; Date.now() < end; round++) {
      const write = (round + index) % 4 === 0;
      const t0 = Date.now();
      let status: number;
      try {
        const response = write
          ? await fetch(`${app.baseURL}/api/claims/${claimId}/comments`, {
              method: "POST",
              headers,
              body: JSON.stringify({ body: `Failover check ${index}-${round}` }),
              signal: AbortSignal.timeout(HANG_LIMIT_MS * 2),
            })
          : await fetch(`${app.baseURL}/api/articles/${articleId}/claims`, { headers, signal: AbortSignal.timeout(HANG_LIMIT_MS * 2) });
        status = response.status;
        await response.arrayBuffer();
      } catch {
        status = -1; // no answer at all
      }
      samples.push({ at: Date.now(), status, ms: Date.now() - t0, write });
      if (status !== 200 && status !== 201) await sleep(100);
    }
  };
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = async () => {
    const context = await browser.newContext({ baseURL: app.baseURL });
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url: app.baseURL }]);
    const tab = await context.newPage();
    while (!stoppedAt) await sleep(50);
    await sleep(500);
    await tab.goto("/articles");
    const outageMessage = await tab
      .getByText("Factdesk cannot reach its database")
      .waitFor({ timeout: OUTAGE_MS })
      .then(() => Date.now() - stoppedAt);
    await tab.getByRole("heading", { name: "Articles" }).waitFor({ timeout: AFTER_MS });
    const articlesBack = Date.now() - restartedAt;
    await context.close();
    return { outageMessage, articlesBack };
  };
  const [pageResult] = await Promise.all([
    page().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    outage,
    ...Array.from({ length: CLIENTS }, (_, index) => client(index)),
  ]);
  await browser.close();

  const phase = (from: number, to: number) => samples.filter((sample) => sample.at >= from && sample.at < to);
  const describe = (list: Sample[]) => {
    const counts = new Map<number, number>();
    for (const sample of list) counts.set(sample.status, (counts.get(sample.status) ?? 0) + 1);
    return [...counts]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status === -1 ? "no answer" : status}: ${count}`)
      .join(", ");
  };
  const firstSuccess = samples.filter((sample) => sample.at >= restartedAt && sample.status >= 200 && sample.status < 300).sort((a, b) => a.at - b.at)[0];
  const recovery = firstSuccess ? firstSuccess.at - restartedAt : Infinity;
  const slowest = Math.max(...samples.map((sample) => sample.ms));
  const commentsAfter = await countComments(app.database.url, claimId);
  const created = samples.filter((sample) => sample.write && sample.status === 201).length;

  console.log(`${samples.length} requests from ${CLIENTS} clients; database stopped for ${OUTAGE_MS / 1000} s.`);
  console.log(`  before the outage: ${describe(phase(started, stoppedAt))}`);
  console.log(`  during the outage: ${describe(phase(stoppedAt, restartedAt))}`);
  console.log(`  after it:          ${describe(phase(restartedAt, Infinity))}`);
  console.log(`  slowest answer ${slowest} ms (limit ${HANG_LIMIT_MS} ms); first success ${recovery} ms after the database was back (limit ${RECOVERY_LIMIT_MS} ms)`);
  console.log(`  comments answered 201: ${created}; comments stored: ${commentsAfter - commentsBefore}`);
  console.log(
    pageResult instanceof Error
      ? `  the articles page: FAILED (${pageResult.message.split("\n")[0]})`
      : `  the articles page: said the database is away ${pageResult.outageMessage} ms into the outage, showed the articles by itself ${pageResult.articlesBack} ms after it`,
  );
  const errors = samples.filter((sample) => sample.status === -1 || (sample.status >= 500 && sample.status !== 503));
  failed = errors.length > 0 || slowest > HANG_LIMIT_MS || recovery > RECOVERY_LIMIT_MS || commentsAfter - commentsBefore !== created || pageResult instanceof Error;
  console.log(failed ? "FAILED" : "OK: every answer was a success or a 503, within the limits, and nothing was half written.");
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await app.stop().catch((error: unknown) => console.error("Stopping the throw-away app:", error));
}
process.exit(failed ? 1 : 0);

async function countComments(url: string, claimId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "Comment" WHERE "claimId" = $1`, [claimId]);
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
