// Vitest global set-up: use the DATABASE_URL that `npm test` provides, or start a throw-away
// embedded Postgres when the unit tests are run on their own (`npx vitest`).
import { freePort, removeDataDir, startEmbeddedPostgres, throwawayDataDir } from "../dev/embedded-postgres";
import { applyMigrations } from "../dev/migrations";

export default async function setup() {
  if (process.env.DATABASE_URL) return undefined;
  const dataDir = throwawayDataDir();
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  process.env.DATABASE_URL = db.url;
  await applyMigrations(process.env);
  return async () => {
    await db.stop();
    removeDataDir(dataDir);
  };
}
