import "server-only";
import { getDb } from "../db";

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
// Newsrooms share an address, so the limit per IP is higher than per account.
export const MAX_FAILURES_PER_IP = 30;

const windowStart = () => new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);

/**
 * Whether sign-in is refused for this email or address: too many failures in the last
 * 15 minutes. Counted in Postgres, so every app server sees the same numbers. The email is
 * counted whether or not an account has it, so the refusal reveals nothing.
 */
export async function isSignInThrottled({ email, ip }: { email: string; ip: string }): Promise<boolean> {
  const since = windowStart();
  const db = getDb();
  const [byAccount, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, succeeded: false, at: { gte: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordSignInAttempt({ email, ip, succeeded }: { email: string; ip: string; succeeded: boolean }): Promise<void> {
  const db = getDb();
  await db.signInAttempt.create({ data: { email, ip, succeeded } });
  // Old attempts are of no use; dropping them here keeps the table small without a cron job.
  await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 60 * 60_000) } } });
}

/** The client address: the first X-Forwarded-For entry (set by Next.js or the proxy in front of it). */
export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || "unknown";
}
