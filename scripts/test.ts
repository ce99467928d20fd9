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
      // A second app server on the same database: the live desk is tested across two.
      E2E_SECOND_PORT: String(await freePort()),
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
    // CI shows only the tail of the output: name what failed where it will be seen.
    for (const name of [...unit.failedNames, ...e2e.failedNames]) log(`failed: ${name}`);
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

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

function readVitestCounts(): { passed: number; failed: number; failedNames: string[] } {
  const file = `${RESULTS}/unit-results.json`;
  if (!existsSync(file)) return { passed: 0, failed: 1, failedNames: ["unit tests: no report written"] };
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  const failedNames = report.testResults.flatMap((suite) => {
    const failedTests = suite.assertionResults
      .filter((test) => test.status === "failed")
      .map((test) => `${suite.name.replace(`${process.cwd()}/`, "")} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    // A file that fails before its tests run (import error, failed hook) has no failed test.
    return failedTests.length === 0 && suite.message ? [`${suite.name}: ${firstLine(suite.message)}`] : failedTests;
  });
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0), failedNames };
}

function firstLine(text: string | undefined): string {
  return (text ?? "").split("\n")[0]!.slice(0, 300);
}

interface PlaywrightSuite {
  title: string;
  specs?: { title: string; ok: boolean; file: string }[];
  suites?: PlaywrightSuite[];
}

function readPlaywrightCounts(): { passed: number; failed: number; flaky: number; failedNames: string[] } {
  const file = `${RESULTS}/e2e-results.json`;
  if (!existsSync(file)) return { passed: 0, failed: 1, flaky: 0, failedNames: ["end-to-end tests: no report written"] };
  const { stats, suites } = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    suites: PlaywrightSuite[];
  };
  const failedSpecs = (suite: PlaywrightSuite): string[] => [
    ...(suite.specs ?? []).filter((spec) => !spec.ok).map((spec) => `${spec.file} › ${spec.title}`),
    ...(suite.suites ?? []).flatMap(failedSpecs),
  ];
  // A skipped test is not a pass; a flaky one passed on retry and is reported as such.
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + stats.skipped, flaky: stats.flaky, failedNames: suites.flatMap(failedSpecs) };
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  });
