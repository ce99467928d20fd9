// A complete Factdesk for scripts that measure or photograph it: a throw-away embedded
// Postgres with migrations and the demo seed, the built app served on a free port.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { DEFAULT_SEED_PASSWORD, seedDemo } from "@/lib/server/seed/seed-demo";
import { disconnectDb } from "@/lib/server/db";
import { freePort, removeDataDir, startEmbeddedPostgres, throwawayDataDir } from "@/lib/dev/embedded-postgres";
import { applyMigrations, buildIfNeeded, generatePrismaClient } from "./prepare-app";

export type ThrowawayApp = {
  baseURL: string;
  password: string;
  database: { url: string; dataDir: string };
  /** The server's process group (its CPU time is read from /proc by benchmarks). */
  serverPid: number;
  stop: () => Promise<void>;
};

/**
 * `beforeServe` runs once the database is ready and seeded, before the server starts;
 * `server.nodeArgs` go to the server's Node (a profiler's --cpu-prof), `server.env` to its environment.
 */
export async function startThrowawayApp(
  beforeServe: () => Promise<void> = async () => {},
  server: { nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<ThrowawayApp> {
  const dataDir = throwawayDataDir();
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  process.env.DATABASE_URL = database.url;
  const stopDatabase = async () => {
    await disconnectDb();
    await database.stop();
    removeDataDir(dataDir);
  };
  try {
    await generatePrismaClient(env);
    await applyMigrations(env);
    await seedDemo({ password: DEFAULT_SEED_PASSWORD });
    await buildIfNeeded(env, console.log);
    await beforeServe();
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  // The server does not log queries, even when the script counts its own.
  const app = await serveNext({ nodeArgs: server.nodeArgs, env: { ...env, FACTDESK_COUNT_QUERIES: "", ...server.env }, readyPath: "/api/health" }).catch(async (error: unknown) => {
    await stopDatabase();
    throw error;
  });
  const baseURL = app.baseURL;
  const stop = async () => {
    await app.stop();
    await stopDatabase();
  };
  return { baseURL, password: DEFAULT_SEED_PASSWORD, database: { url: database.url, dataDir }, serverPid: app.pid, stop };
}

/**
 * `next start` (of `dir`, Factdesk by default) on a free port in a process group of its own,
 * once `readyPath` answers; `stop` ends the group and waits for it.
 */
export async function serveNext({
  dir,
  nodeArgs = [],
  env,
  readyPath,
}: {
  dir?: string;
  nodeArgs?: string[];
  env: NodeJS.ProcessEnv;
  readyPath: string;
}): Promise<{ baseURL: string; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", ...(dir ? [dir] : []), "-p", String(port)], {
    env,
    stdio: "ignore",
    detached: true,
  });
  const baseURL = `http://localhost:${port}`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
  };
  try {
    await waitForUrl(`${baseURL}${readyPath}`, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, pid: child.pid!, stop };
}

export async function waitForUrl(url: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeout / 1000} s`);
}
