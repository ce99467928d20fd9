// Applying migrations, for every way the app and its tests start: `npm start`, `npm test`, the
// benchmarks and the unit tests' own set-up.
import { readdirSync } from "node:fs";
import pg from "pg";
import { backfillFactKeys } from "./fact-key-backfill";
import { bin, runOrThrow } from "./run";

const MIGRATIONS = "prisma/migrations";

/**
 * Runs `prisma migrate deploy` when a migration folder has not been applied yet. The check is
 * ours because the CLI's WebAssembly engine leaves a timer behind that keeps every migrate
 * command alive for about ten seconds after it has finished.
 */
export async function applyMigrations(env: NodeJS.ProcessEnv): Promise<void> {
  if ((await pendingMigrations(env.DATABASE_URL!)).length > 0) await runOrThrow(bin("prisma"), ["migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
  // Data a migration leaves for the app to compute (an index finds what is missing at once).
  await backfillFactKeys(env.DATABASE_URL!);
}

export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const folders = readdirSync(MIGRATIONS).filter((entry) => /^\d+_/.test(entry));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    const applied = new Set(rows.map((row) => row.migration_name));
    return folders.filter((folder) => !applied.has(folder));
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return folders; // no migrations table yet
    throw error;
  } finally {
    await client.end();
  }
}
