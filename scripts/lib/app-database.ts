// The database the operations scripts (db:backup, db:restore) work on: DATABASE_URL when set,
// otherwise the embedded Postgres of `npm start`, whether it is running now or not.
import { existsSync } from "node:fs";
import path from "node:path";
import { defaultDataDir, embeddedDatabaseUrl, freePort, runningEmbeddedPort, startEmbeddedPostgres } from "@/lib/dev/embedded-postgres";

export type AppDatabase = {
  url: string;
  /** Set for the embedded set-up: the same server's URL for another database on it. */
  embedded: { urlFor: (database: string) => string } | null;
  close: () => Promise<void>;
};

export async function openAppDatabase(options: { create: boolean; log: (line: string) => void }): Promise<AppDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null, close: async () => {} };
  const dataDir = defaultDataDir(process.cwd());
  if (!options.create && !existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(`There is no embedded database in ${dataDir} yet (run \`npm start\` once), and DATABASE_URL is not set.`);
  }
  const running = runningEmbeddedPort(dataDir);
  if (running) {
    options.log(`Using the embedded Postgres that is running on port ${running}.`);
    return { url: embeddedDatabaseUrl(running), embedded: { urlFor: (database) => embeddedDatabaseUrl(running, database) }, close: async () => {} };
  }
  options.log(`Starting the embedded Postgres (data in ${dataDir})…`);
  const port = await freePort();
  const database = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  return { url: database.url, embedded: { urlFor: (name) => embeddedDatabaseUrl(port, name) }, close: () => database.stop() };
}
