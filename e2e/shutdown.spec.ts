import { expect, test, type APIRequestContext } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { connect, createServer } from "node:net";
import pg from "pg";
import { createArticle, storageState } from "./helpers";

// Graceful shutdown: `npm start` (scripts/start.ts) given SIGTERM stops taking requests, lets
// the ones in progress finish and exits; one that does not finish within SHUTDOWN_GRACE_MS is
// cut, and its transaction leaves nothing behind. A second app server on the suite's database
// is started for it; a row lock held here keeps a request "in progress" for as long as needed.

test.describe.configure({ timeout: 120_000 });
test.use({ storageState: storageState("editor") });

function databaseUrl(): string {
  if (!process.env.DATABASE_URL) throw new Error("This spec needs the suite's DATABASE_URL (npm test provides it).");
  return process.env.DATABASE_URL;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function startApp(graceMs: number) {
  const port = await freePort();
  // As `npm start` runs it: node itself gets the signal (the tsx command would relay it, and
  // kill the script outright when it is slow to acknowledge).
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    // The held request must outlast this test's steps, not give up on the lock after 4 s.
    env: { ...process.env, PORT: String(port), SHUTDOWN_GRACE_MS: String(graceMs), DATABASE_LOCK_TIMEOUT_MS: "60000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseURL = `http://localhost:${port}`;
  await expect
    .poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200)
    .catch((error: unknown) => {
      child.kill("SIGKILL");
      throw new Error(`The second app server did not start. Its output:\n${output}`, { cause: error });
    });
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { baseURL, port, child, exited, output: () => output };
}

/** Whether a new TCP connection to the port is accepted (as a load balancer's probe would open). */
async function connects(port: number): Promise<boolean> {
  const socket = connect(port, "127.0.0.1");
  try {
    await once(socket, "connect");
    return true;
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

/** Locks the article's row until `release`: any write to it waits, its request stays open. */
async function lockArticle(articleId: string) {
  const holder = new pg.Client({ connectionString: databaseUrl() });
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query(`SELECT id FROM "Article" WHERE id = $1 FOR UPDATE`, [articleId]);
  // Another connection watches (pg_stat_activity is a snapshot within the holder's transaction).
  const observer = new pg.Client({ connectionString: databaseUrl() });
  await observer.connect();
  let released = false;
  return {
    waiting: () => articleUpdates(observer, "waiting"),
    running: () => articleUpdates(observer, "any"),
    release: async () => {
      if (!released) await holder.query("COMMIT").finally(() => holder.end());
      released = true;
    },
    close: async () => {
      if (!released) await holder.end();
      released = true;
      await observer.end();
    },
  };
}

/** Backends running (or waiting to run) an update of an article, other than the asking one. */
async function articleUpdates(client: pg.Client, which: "waiting" | "any"): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stat_activity
      WHERE pid <> pg_backend_pid() AND query ILIKE '%UPDATE%"Article"%' AND state <> 'idle' AND ($1 = 'any' OR wait_event_type = 'Lock')`,
    [which],
  );
  return Number(rows[0]!.n);
}

async function publishedUrl(request: APIRequestContext, articleId: string) {
  return ((await (await request.get(`/api/articles/${articleId}`)).json()) as { publishedUrl: string | null }).publishedUrl;
}

function settle(child: ChildProcess) {
  if (child.exitCode === null) child.kill("SIGKILL");
}

test("SIGTERM lets a request in progress finish, refuses new ones, then exits", async ({ request, playwright }) => {
  databaseUrl();
  const article = await createArticle(request);
  const app = await startApp(20_000);
  const lock = await lockArticle(article.id);
  try {
    const other = await playwright.request.newContext({ baseURL: app.baseURL, storageState: storageState("editor") });
    const inProgress = other.patch(`/api/articles/${article.id}`, { data: { publishedUrl: "https://news.example/drained" } });
    await expect.poll(lock.waiting, { message: "the write waits on the row lock" }).toBeGreaterThan(0);

    app.child.kill("SIGTERM");
    // New connections are refused while the one in progress is still open.
    await expect.poll(() => connects(app.port), { timeout: 10_000 }).toBe(false);
    expect(app.child.exitCode).toBeNull();

    await lock.release();
    const response = await inProgress;
    expect(response.status(), await response.text()).toBe(200);
    expect(await app.exited).toBe(143); // 128 + SIGTERM: stopped by the signal, after draining
    expect(await publishedUrl(request, article.id)).toBe("https://news.example/drained");
    await other.dispose();
  } finally {
    settle(app.child);
    await lock.close().catch(() => {});
  }
});

test("a request still running when the grace period ends is cut, and its write is not half done", async ({ request, playwright }) => {
  databaseUrl();
  const article = await createArticle(request);
  const before = await publishedUrl(request, article.id);
  const app = await startApp(1_500);
  const lock = await lockArticle(article.id);
  try {
    const other = await playwright.request.newContext({ baseURL: app.baseURL, storageState: storageState("editor") });
    const stuck = other.patch(`/api/articles/${article.id}`, { data: { publishedUrl: "https://news.example/cut" } }).then(
      (response) => response.status(),
      () => "no answer",
    );
    await expect.poll(lock.waiting).toBeGreaterThan(0);
    const signalledAt = Date.now();
    app.child.kill("SIGTERM");
    expect(await app.exited, app.output()).toBe(137); // 128 + SIGKILL, at the end of the grace period
    expect(Date.now() - signalledAt).toBeLessThan(15_000);
    expect(app.output()).toContain("still running after 1.5 s");
    expect(await stuck).toBe("no answer");
    // Postgres rolls the cut request's transaction back once the lock is gone and it finds the
    // client gone: wait for that, then nothing of the write may be there.
    await lock.release();
    await expect.poll(lock.running, { timeout: 15_000 }).toBe(0);
    expect(await publishedUrl(request, article.id)).toBe(before);
    await other.dispose();
  } finally {
    settle(app.child);
    await lock.close().catch(() => {});
  }
});
