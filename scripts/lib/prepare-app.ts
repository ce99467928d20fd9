// Steps shared by `npm start`, `npm test` and the benchmark: generate the Prisma client, apply
// migrations, and build the app when its sources changed. Each step is skipped when it has
// nothing to do, so a prepared checkout starts in seconds.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import pg from "pg";
import { bin, runOrThrow } from "./run";
import { buildFingerprint, isBuildCurrent, recordBuild } from "./build-stamp";

const SCHEMA = "prisma/schema.prisma";
const CLIENT_STAMP = "generated/prisma/.schema-fingerprint";
const MIGRATIONS = "prisma/migrations";

export async function generatePrismaClient(env: NodeJS.ProcessEnv): Promise<void> {
  const fingerprint = createHash("sha256").update(readFileSync(SCHEMA)).update(readFileSync("package-lock.json")).digest("hex");
  if (existsSync(CLIENT_STAMP) && readFileSync(CLIENT_STAMP, "utf8") === fingerprint) return;
  await runOrThrow(bin("prisma"), ["generate"], { env, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(CLIENT_STAMP, fingerprint);
}

/**
 * Runs `prisma migrate deploy` when a migration folder has not been applied yet. The check is
 * ours because the CLI's WebAssembly engine leaves a timer behind that keeps every migrate
 * command alive for about ten seconds after it has finished.
 */
export async function applyMigrations(env: NodeJS.ProcessEnv): Promise<void> {
  if ((await pendingMigrations(env.DATABASE_URL!)).length === 0) return;
  await runOrThrow(bin("prisma"), ["migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const folders = readdirSync(MIGRATIONS).filter((entry) => /^\d+_/.test(entry));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return folders.filter((folder) => !applied.has(folder));
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return folders; // no migrations table yet
    throw error;
  } finally {
    await client.end();
  }
}

export async function buildIfNeeded(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const fingerprint = buildFingerprint();
  if (isBuildCurrent(fingerprint)) {
    log("The build is up to date.");
    return;
  }
  log("Building the app (next build)…");
  // Next's incremental type check can miss a regenerated Prisma client and fail on types that
  // exist (seen with TypeScript 7); the build only runs when inputs changed, so start it clean.
  rmSync(".next/cache/.tsbuildinfo", { force: true });
  await runOrThrow(bin("next"), ["build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  recordBuild(fingerprint);
}
