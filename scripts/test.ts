// npm test — the whole suite: unit tests against a real (embedded) Postgres, then the app
// built and served against the same database, driven by Playwright in Chromium. Starts and
// stops everything it needs; prints one closing line "N passed, N failed".
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";
import { DEFAULT_SEED_PASSWORD, seedDemo } from "@/lib/server/seed/seed-demo";
import { freePort, removeDataDir, startEmbeddedPostgres, throwawayDataDir } from "@/lib/dev/embedded-postgres";
import { applyMigrations, buildIfNeeded, generatePrismaClient } from "./lib/prepare-app";
import { bin, run } from "@/lib/dev/run";

const log = (line: string) => console.log(`[test] ${line}`);
const RESULTS = "test-results";

async function main(): Promise<number> {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const dataDir = throwawayDataDir();
  log("Starting a throw-away embedded Postgres…");
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      SEED_PASSWORD: process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD,
      NEXT_TELEMETRY_DISABLED: "1",
      E2E_PORT: String(await freePort()),
    };
    process.env.DATABASE_URL = database.url;
    await generatePrismaClient(env);
    const failedChecks = await runStaticChecks(env);
    await applyMigrations(env);
    // Unit tests get a database of their own, so the rows they make never show up in the
    // end-to-end tests' pickers and lists.
    const unitEnv = { ...env, DATABASE_URL: await createSiblingDatabase(database.url, "factdesk_unit") };
    await applyMigrations(unitEnv);

    log("Unit tests (Vitest)…");
    const unitCode = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${RESULTS}/unit-results.json`], { env: unitEnv });

    await seedDemo({ password: env.SEED_PASSWORD! });
    await buildIfNeeded({ ...env, NODE_ENV: "production" }, log);
    log("End-to-end tests (Playwright, Chromium)…");
    const e2eCode = await run(bin("playwright"), ["test"], { env });

    const unit = readVitestCounts();
    const e2e = readPlaywrightCounts();
    const passed = unit.passed + e2e.passed;
    const failed = unit.failed + e2e.failed + failedChecks.length;
    log(`unit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.flaky} flaky`);
    if (failedChecks.length > 0) log(`static checks failed: ${failedChecks.join(", ")}`);
    const ok = unitCode === 0 && e2eCode === 0 && failed === 0 && passed > 0;
    console.log(`${passed} passed, ${failed} failed`);
    return ok ? 0 : 1;
  } finally {
    await database.stop();
    removeDataDir(dataDir);
  }
}

/** Types, lint and formatting: each one that fails counts as a failed test. */
async function runStaticChecks(env: NodeJS.ProcessEnv): Promise<string[]> {
  const checks: [name: string, command: string, args: string[]][] = [
    ["types (tsc)", bin("tsc"), ["--noEmit"]],
    ["lint (eslint)", bin("eslint"), ["--max-warnings=0", "."]],
    ["formatting (prettier)", bin("prettier"), ["--check", "--log-level=warn", "."]],
  ];
  const failed: string[] = [];
  for (const [name, command, args] of checks) {
    log(`Static check: ${name}…`);
    if ((await run(command, args, { env })) !== 0) failed.push(name);
  }
  return failed;
}

async function createSiblingDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const sibling = new URL(url);
  sibling.pathname = `/${name}`;
  return sibling.toString();
}

function readVitestCounts(): { passed: number; failed: number } {
  const file = `${RESULTS}/unit-results.json`;
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0) };
}

function readPlaywrightCounts(): { passed: number; failed: number; flaky: number } {
  const file = `${RESULTS}/e2e-results.json`;
  if (!existsSync(file)) return { passed: 0, failed: 1, flaky: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  // A skipped test is not a pass; a flaky one passed on retry and is reported as such.
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + stats.skipped, flaky: stats.flaky };
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  });
