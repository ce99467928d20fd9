// Vitest global set-up: use the DATABASE_URL that `npm test` provides, or start a throw-away
// embedded Postgres when the unit tests are run on their own (`npx vitest`).
import { execFileSync } from "node:child_process";
import { freePort, removeDataDir, startEmbeddedPostgres, throwawayDataDir } from "../../scripts/lib/embedded-postgres";

export default async function setup() {
  if (process.env.DATABASE_URL) return undefined;
  const dataDir = throwawayDataDir();
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  process.env.DATABASE_URL = db.url;
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  return async () => {
    await db.stop();
    removeDataDir(dataDir);
  };
}
