// npm run bench:api — Factdesk's API and workspace page under load, side by side with the
// framework's own ceiling, in one run on one machine against one database:
//   - a bare Next.js route handler returning JSON (the ceiling for reads),
//   - a route handler doing one INSERT with `pg` (the ceiling for writes),
//   - a bare server-rendered page (the ceiling for the workspace page),
// served by bench/ceiling, built by the same Next.js with the same next.config.ts (a link to
// Factdesk's). Prints req/s, p50, p99 and the ratios (budgets: reads and writes >= 0.5x the
// ceiling's throughput, p99 <= 2x). The ceiling runs between every two routes, and each
// route's ratios are to the ceiling runs just before and after it.
//   npm run bench:api -- --duration 8 --connections 32   (the defaults)
//   npm run bench:api -- --only claims                   (routes whose label contains "claims")
//   npm run bench:api -- --runs 3                        (three runs, then each route's median ratios)
//   npm run bench:api -- --profile /tmp/prof             (the Factdesk server writes .cpuprofile files there)
import autocannon from "autocannon";
import path from "node:path";
import { parseArgs } from "node:util";
import { bin, runOrThrow } from "@/lib/dev/run";
import { getDb } from "@/lib/server/db";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { benchUser, createBenchArticle } from "./lib/bench-article";
import { signInOverHttp } from "./lib/http-session";
import { serveNext, startThrowawayApp } from "./lib/throwaway-app";
import { buildFingerprint, isBuildCurrent, recordBuild } from "./lib/build-stamp";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "2" },
    only: { type: "string" },
    runs: { type: "string", default: "1" },
    profile: { type: "string" },
  },
});
const DURATION = Number(options.duration);
const CONNECTIONS = Number(options.connections);
const WARMUP = Number(options.warmup);
const RUNS = Math.max(1, Math.trunc(Number(options.runs)));
const CEILING_DIR = path.join(process.cwd(), "bench", "ceiling");

type BenchData = {
  readArticleId: string;
  pageArticleId: string;
  writeArticle: { id: string; version: number; spans: { start: number; end: number }[] };
  /** Claims each connection of a write benchmark takes one of, so no two write the same row at once. */
  writeClaims: { id: string; version: number }[];
};

type Measured = { label: string; requestsPerSecond: number; p50: number; p99: number; failures: number };

/** One benchmarked request: a fixed one, or one built per request from the connection's context. */
type Load = {
  label: string;
  url: string;
  method?: "GET" | "POST" | "PATCH";
  /** Builds each request; `context` lives from building a request until its response. */
  setup?: (context: Record<string, unknown>) => { path?: string; body?: string };
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  /** Run before each autocannon run (the warm-up's and the measured one). */
  prepare?: () => Promise<void>;
  /** Run after the route's measured run. */
  cleanUp?: () => Promise<void>;
};

async function main() {
  let data: BenchData | undefined;
  const app = await startThrowawayApp(
    async () => {
      data = await createBenchData();
    },
    options.profile ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${path.resolve(options.profile)}`] } : {},
  );
  let ceiling: { baseURL: string; stop: () => Promise<void> } | undefined;
  try {
    ceiling = await startCeiling(process.env.DATABASE_URL!);
    const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
    await report(app.baseURL, ceiling.baseURL, cookie, data!);
  } finally {
    await ceiling?.stop();
    await app.stop();
  }
}

async function report(factdesk: string, ceiling: string, cookie: string, data: BenchData) {
  const auth = { cookie };
  const json = { ...auth, "content-type": "application/json" };
  const claimPool = rotation(data.writeClaims);
  const idle = [...data.writeClaims];
  const writeClaimIds = data.writeClaims.map((claim) => claim.id);
  let sequence = 0;
  const groups: { title: string; ceiling: Load; reference?: Load; routes: Load[] }[] = [
    {
      title: "Reads",
      ceiling: { label: "ceiling: bare route handler (JSON)", url: `${ceiling}/api/json` },
      // Not a budget: what one round trip to Postgres costs a bare route, for reading the reads' ratios.
      reference: { label: "reference: bare route, one SELECT with pg", url: `${ceiling}/api/select` },
      routes: [
        { label: "GET /api/articles/:id/claims (5 claims)", url: `${factdesk}/api/articles/${data.readArticleId}/claims` },
        { label: "GET /api/articles/:id", url: `${factdesk}/api/articles/${data.readArticleId}` },
        { label: "GET /api/notifications", url: `${factdesk}/api/notifications` },
        { label: "GET /api/me/queue", url: `${factdesk}/api/me/queue` },
        { label: "GET /api/auth/session (not budgeted)", url: `${factdesk}/api/auth/session` },
        { label: "GET /api/health (not budgeted)", url: `${factdesk}/api/health` },
      ],
    },
    {
      title: "Writes",
      ceiling: {
        label: "ceiling: one INSERT with pg",
        url: `${ceiling}/api/insert`,
        method: "POST",
        setup: () => ({ body: JSON.stringify({ text: `A row written by the benchmark, number ${sequence++}.` }) }),
      },
      routes: [
        {
          label: "POST /api/articles/:id/claims",
          url: `${factdesk}/api/articles/${data.writeArticle.id}/claims`,
          method: "POST",
          // Thousands of claims on one article of the bench's few would skew Postgres's estimates
          // for every later run (a desk has thousands of articles): each run starts from the same data.
          cleanUp: async () => {
            await getDb().claim.deleteMany({ where: { articleId: data.writeArticle.id } });
            await getDb().$executeRawUnsafe(`ANALYZE "Claim"`);
          },
          setup: () => {
            const span = data.writeArticle.spans[sequence++ % data.writeArticle.spans.length]!;
            // As the workspace marks: offsets in the text of the version it shows.
            return { body: JSON.stringify({ ...span, kind: "number", articleVersion: data.writeArticle.version }) };
          },
        },
        {
          label: "PATCH /api/claims/:id",
          url: factdesk,
          method: "PATCH",
          // Each request takes a claim no other request is writing and gives it back with its new
          // version. A run cuts off the requests in flight, so each run starts from the versions
          // Postgres holds.
          prepare: async () => {
            const claims = await getDb().claim.findMany({ where: { id: { in: writeClaimIds } }, select: { id: true, version: true } });
            idle.splice(0, idle.length, ...claims);
          },
          setup: (context) => {
            const claim = idle.shift()!;
            context.claim = claim;
            return { path: `/api/claims/${claim.id}`, body: JSON.stringify({ note: `Checked against the budget tables, pass ${sequence++}.`, version: claim.version }) };
          },
          onResponse: (status, body, context) => {
            const claim = context.claim as { id: string; version: number };
            if (status === 200) claim.version = (JSON.parse(body) as { version: number }).version;
            // A write cut off at the end of the previous run committed after its versions were read.
            if (status === 409) claim.version = (JSON.parse(body) as { currentVersion: number }).currentVersion;
            idle.push(claim);
          },
        },
        {
          label: "POST /api/claims/:id/sources",
          url: factdesk,
          method: "POST",
          // The same claims are written by PATCH: each run starts with them as they were made.
          cleanUp: async () => {
            await getDb().source.deleteMany({ where: { claimId: { in: writeClaimIds }, title: "Budget tables 2026" } });
          },
          setup: () => {
            const claim = claimPool();
            return { path: `/api/claims/${claim.id}/sources`, body: JSON.stringify({ url: `https://example.org/budget/${sequence++}`, title: "Budget tables 2026" }) };
          },
        },
        {
          label: "POST /api/claims/:id/comments",
          url: factdesk,
          method: "POST",
          cleanUp: async () => {
            await getDb().comment.deleteMany({ where: { claimId: { in: writeClaimIds }, body: { startsWith: "The ministry's table confirms it (" } } });
          },
          setup: () => {
            const claim = claimPool();
            return { path: `/api/claims/${claim.id}/comments`, body: JSON.stringify({ body: `The ministry's table confirms it (${sequence++}).` }) };
          },
        },
      ],
    },
    {
      title: "Pages",
      ceiling: { label: "ceiling: bare server-rendered page", url: `${ceiling}/page` },
      routes: [{ label: "GET /articles/:id (workspace, 500 claims)", url: `${factdesk}/articles/${data.pageArticleId}` }],
    },
  ];

  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s per route after ${WARMUP} s of warm-up; the ceiling runs before and after each route, ` +
      `and each route's ratios are to those two ceiling runs; ${RUNS} run${RUNS === 1 ? "" : "s"}.\n`,
  );
  const ratios = new Map<string, { rate: number[]; p99: number[] }>();
  for (let run = 1; run <= RUNS; run++) {
    if (RUNS > 1) console.log(`Run ${run} of ${RUNS}`);
    const rows: string[][] = [["Route", "req/s", "p50", "p99", "ceiling req/s", "ratio", "p99 ratio", "failed"]];
    for (const group of groups) {
      const routes = group.routes.filter((route) => !options.only || route.label.includes(options.only));
      if (routes.length === 0) continue;
      const headers = group.title === "Writes" ? json : auth;
      rows.push([`${group.title}`, "", "", "", "", "", "", ""]);
      // Ceiling, route, ceiling, route, …, ceiling: on a shared machine the load from elsewhere
      // drifts within a minute, so each route is compared with the ceiling measured next to it.
      let before = await measure(group.ceiling, headers);
      rows.push(row(before, "", "", ""));
      for (const route of [...(group.reference ? [group.reference] : []), ...routes]) {
        const result = await measure(route, headers);
        const after = await measure(group.ceiling, headers);
        const ceilingRate = (before.requestsPerSecond + after.requestsPerSecond) / 2;
        const rate = result.requestsPerSecond / ceilingRate;
        const p99 = result.p99 / ((before.p99 + after.p99) / 2);
        const kept = ratios.get(result.label) ?? { rate: [], p99: [] };
        kept.rate.push(rate);
        kept.p99.push(p99);
        ratios.set(result.label, kept);
        rows.push(row(result, ceilingRate.toFixed(0), `${rate.toFixed(2)}×`, `${p99.toFixed(2)}×`));
        rows.push(row(after, "", "", ""));
        before = after;
      }
    }
    printTable(rows);
    console.log("");
  }
  if (RUNS > 1) {
    const summary: string[][] = [["Route", "ratio, median", "ratios", "p99 ratio, median"]];
    for (const [label, kept] of ratios) {
      summary.push([`  ${label}`, `${median(kept.rate).toFixed(2)}×`, kept.rate.map((ratio) => ratio.toFixed(2)).join(", "), `${median(kept.p99).toFixed(2)}×`]);
    }
    console.log(`Medians of ${RUNS} runs`);
    printTable(summary);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function row(result: Measured, ceilingRate: string, ratio: string, p99Ratio: string): string[] {
  return [`  ${result.label}`, result.requestsPerSecond.toFixed(0), `${result.p50} ms`, `${result.p99} ms`, ceilingRate, ratio, p99Ratio, String(result.failures)];
}

function printTable(rows: string[][]) {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  for (const cells of rows) console.log(cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "));
}

async function measure(load: Load, headers: Record<string, string>): Promise<Measured> {
  if (WARMUP > 0) await cannon(load, headers, WARMUP);
  const result = await cannon(load, headers, DURATION);
  await load.cleanUp?.();
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) console.warn(`  ${load.label}: ${failures} requests failed (${JSON.stringify(result.statusCodeStats)}, ${result.errors} errors)`);
  return { label: load.label, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures };
}

async function cannon(load: Load, headers: Record<string, string>, duration: number): Promise<autocannon.Result> {
  const { setup, onResponse } = load;
  await load.prepare?.();
  return autocannon({
    url: load.url,
    connections: CONNECTIONS,
    duration,
    method: load.method ?? "GET",
    headers,
    ...(setup
      ? {
          requests: [
            {
              method: load.method ?? "GET",
              setupRequest: (request, context) => ({ ...request, ...setup(context as Record<string, unknown>) }),
              ...(onResponse ? { onResponse: (status: number, body: string, context: object) => onResponse(status, body, context as Record<string, unknown>) } : {}),
            },
          ],
        }
      : {}),
  });
}

/** Hands out the items in turn, starting again after the last. */
function rotation<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length]!;
}

async function createBenchData(): Promise<BenchData> {
  const checker = await benchUser("checker@example.com");
  const editor = await benchUser("editor@example.com");
  const read = await createBenchArticle({ title: "Benchmark: a short piece", words: 800, claims: 5 });
  const write = await createBenchArticle({ title: "Benchmark: marked under load", words: 1500, claims: 0 });
  const writeTarget = await createBenchArticle({ title: "Benchmark: claims written under load", words: 1500, claims: CONNECTIONS * 2 });
  const page = await createBenchArticle({ title: "Benchmark: 500 claims", words: 5000, claims: 500 });
  // The checker's queue and inbox: the short piece's claims and the written ones, assigned by the editor.
  const writeClaims: BenchData["writeClaims"] = [];
  for (const claimId of [...read.claimIds, ...writeTarget.claimIds]) {
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    const updated = await updateClaim({ actor: editor, claimId, input: { assigneeId: checker.id, version } });
    if (writeTarget.claimIds.includes(claimId)) writeClaims.push({ id: claimId, version: updated.version });
  }
  await getDb().$executeRawUnsafe(`CREATE TABLE bench_ceiling_insert (id serial PRIMARY KEY, text text NOT NULL, "createdAt" timestamptz NOT NULL DEFAULT now())`);
  await getDb().$executeRawUnsafe(`INSERT INTO bench_ceiling_insert (text) VALUES ('The row the reference read asks for.')`);
  const spans = [...write.text.matchAll(/\S+/g)].map((token) => ({ start: token.index, end: token.index + token[0].length }));
  return { readArticleId: read.id, pageArticleId: page.id, writeArticle: { id: write.id, version: write.version, spans }, writeClaims };
}

async function startCeiling(databaseUrl: string): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const fingerprint = buildFingerprint(CEILING_DIR);
  if (!isBuildCurrent(fingerprint, CEILING_DIR)) {
    await runOrThrow(bin("next"), ["build", CEILING_DIR], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    recordBuild(fingerprint, CEILING_DIR);
  }
  return serveNext({ dir: CEILING_DIR, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, readyPath: "/api/json" });
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
