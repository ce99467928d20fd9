import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The secret that signs session cookies. Production sets AUTH_SECRET (the same on every app
 * server); the local embedded set-up keeps a generated one beside its data so sessions
 * survive restarts.
 */
export function localAuthSecret(folder: string): string {
  const file = path.join(folder, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(folder, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
