// Steps shared by `npm start` and `npm test`: generate the Prisma client, apply migrations,
// and build the app when its sources changed.
import { bin, runOrThrow } from "./run";
import { buildFingerprint, isBuildCurrent, recordBuild } from "./build-stamp";

export async function generatePrismaClient(env: NodeJS.ProcessEnv): Promise<void> {
  await runOrThrow(bin("prisma"), ["generate"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

export async function applyMigrations(env: NodeJS.ProcessEnv): Promise<void> {
  await runOrThrow(bin("prisma"), ["migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

export async function buildIfNeeded(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const fingerprint = buildFingerprint();
  if (isBuildCurrent(fingerprint)) {
    log("The build is up to date.");
    return;
  }
  log("Building the app (next build)…");
  await runOrThrow(bin("next"), ["build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  recordBuild(fingerprint);
}
