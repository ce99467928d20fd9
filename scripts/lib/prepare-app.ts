// Steps shared by `npm start`, `npm test` and the benchmark: generate the Prisma client, apply
// migrations (lib/dev/migrations.ts, which the unit tests' set-up uses too), and build the app when its sources changed. Each step is skipped when it has
// nothing to do, so a prepared checkout starts in seconds.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { bin, runOrThrow } from "@/lib/dev/run";

export { applyMigrations } from "@/lib/dev/migrations";
import { buildFingerprint, isBuildCurrent, recordBuild } from "./build-stamp";

const SCHEMA = "prisma/schema.prisma";
const CLIENT_STAMP = "generated/prisma/.schema-fingerprint";

export async function generatePrismaClient(env: NodeJS.ProcessEnv): Promise<void> {
  const fingerprint = createHash("sha256").update(readFileSync(SCHEMA)).update(readFileSync("package-lock.json")).digest("hex");
  if (existsSync(CLIENT_STAMP) && readFileSync(CLIENT_STAMP, "utf8") === fingerprint) return;
  await runOrThrow(bin("prisma"), ["generate"], { env, stdio: ["ignore", "ignore", "inherit"] });
  writeFileSync(CLIENT_STAMP, fingerprint);
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
