// npm start — the one command that runs Factdesk. Without DATABASE_URL it starts an embedded
// Postgres (data kept in .data/, see defaultDataDir), applies migrations, seeds the demo on
// first run, builds the app if needed and serves it on PORT (default 3000).
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SEED_PASSWORD, hasAnyUser, seedDemo } from "@/lib/server/seed/seed-demo";
import { disconnectDb } from "@/lib/server/db";
import { localAuthSecret } from "./lib/auth-secret";
import { startEmailDelivery } from "@/lib/server/notifications/email-schedule";
import { defaultDataDir, freePort, isPortFree, startEmbeddedPostgres, takeOverStopSignals, type RunningPostgres } from "@/lib/dev/embedded-postgres";
import { applyMigrations, buildIfNeeded, generatePrismaClient } from "./lib/prepare-app";
import { bin } from "@/lib/dev/run";

const started = Date.now();
const log = (line: string) => console.log(`[factdesk ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const port = Number(process.env.PORT ?? 3000);
let database: RunningPostgres | null = null;

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };
  if (!env.DATABASE_URL) {
    const dataDir = defaultDataDir(process.cwd());
    const preferred = Number(process.env.FACTDESK_DB_PORT ?? 54329);
    const dbPort = (await isPortFree(preferred)) ? preferred : await freePort();
    log(`Starting the embedded Postgres (data in ${dataDir})…`);
    database = await startEmbeddedPostgres({ dataDir, port: dbPort, persistent: true });
    env.DATABASE_URL = database.url;
    env.AUTH_SECRET ??= localAuthSecret(path.dirname(dataDir));
  } else if (!env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set. With your own DATABASE_URL, set AUTH_SECRET to a long random string (the same on every app server).");
  }
  process.env.DATABASE_URL = env.DATABASE_URL;

  log("Preparing the database client and schema…");
  await generatePrismaClient(env);
  log("Applying migrations…");
  await applyMigrations(env);
  log("Migrations applied.");
  if (database && !(await hasAnyUser())) {
    const password = env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD;
    await seedDemo({ password });
    log(`Seeded the demo: admin@, editor@, checker@ and viewer@example.com, password "${password}".`);
  }
  await buildIfNeeded(env, log);

  const server = spawn(bin("next"), ["start", "-p", String(port)], { env, stdio: "inherit", detached: true });
  log(`Factdesk is starting on http://localhost:${port} (prepared in ${((Date.now() - started) / 1000).toFixed(1)} s). Ctrl-C stops it.`);
  // With SMTP configured, this app server also delivers due inbox emails (several servers share
  // the work through Postgres without sending anything twice).
  if (env.SMTP_URL) {
    startEmailDelivery();
    log("Email: inbox items go out through SMTP_URL to those who asked for them (checked every minute).");
  }
  // Next stops accepting connections on SIGTERM and exits once the requests in progress are
  // answered; a request that never ends (a stuck client, later a live stream) is cut at the grace
  // period's end, so an orchestrator's own deadline (Kubernetes: 30 s) is not the one that hits.
  // `next start` serves from a process of its own, which drains after the CLI has exited: the
  // server is gone when its whole process group is.
  const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 25_000);
  let cut = false;
  const signalServer = (signal: NodeJS.Signals | 0): boolean => {
    try {
      if (server.pid) process.kill(-server.pid, signal);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  const stop = (signal: NodeJS.Signals) => {
    log(`Stopping (${signal}): no new requests; finishing those in progress (at most ${graceMs / 1000} s)…`);
    signalServer("SIGTERM");
    setTimeout(() => {
      if (!signalServer(0)) return;
      cut = true;
      log(`Requests were still running after ${graceMs / 1000} s: stopping now.`);
      signalServer("SIGKILL");
    }, graceMs).unref();
  };
  takeOverStopSignals(stop);
  const exitCode = await new Promise<number>((resolve) => server.once("exit", (code, signal) => resolve(code ?? (signal ? 128 + os.constants.signals[signal] : 0))));
  while (signalServer(0)) await new Promise((resolve) => setTimeout(resolve, 100));
  const code = cut ? 128 + os.constants.signals.SIGKILL : exitCode;
  await shutdown();
  process.exit(code);
}

async function shutdown() {
  // This process's own connections (the first-run seed) close before the database stops.
  await disconnectDb();
  if (database) {
    await database.stop();
    log("The embedded Postgres stopped.");
    database = null;
  }
}

main().catch(async (error: unknown) => {
  console.error(`[factdesk] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown();
  process.exit(1);
});
