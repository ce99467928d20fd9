import "server-only";
import { clientAddress, parseTrustedProxies } from "@/lib/auth/client-address";
import { getDb } from "../db";

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
// Newsrooms share an address, so the limit per IP is higher than per account.
export const MAX_FAILURES_PER_IP = 30;

const windowStart = () => new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);

/**
 * Reserves one sign-in attempt for this email (and address, when known), counted as a failure
 * until `markSignInSucceeded`: null when either has used up its failures in the last 15
 * minutes. Check and record are one step under an advisory lock per email and per address, so
 * concurrent attempts cannot all slip under the limit, on one app server or many. The email is
 * counted whether or not an account has it, so a refusal reveals nothing.
 */
export async function reserveSignInAttempt({ email, ip }: { email: string; ip: string | null }): Promise<{ id: string } | null> {
  return getDb().$transaction(
    async (tx) => {
      // Always in this order (email, then address), so two attempts never wait on each other in a cycle.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:email:${email}`}))`;
      if (ip) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:ip:${ip}`}))`;
      const since = windowStart();
      const [byAccount, byIp] = await Promise.all([
        tx.signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } }),
        ip ? tx.signInAttempt.count({ where: { ip, succeeded: false, at: { gte: since } } }) : Promise.resolve(0),
      ]);
      if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP) return null;
      return tx.signInAttempt.create({ data: { email, ip: ip ?? "unknown", succeeded: false }, select: { id: true } });
      // A burst of attempts on one account queues on its lock: give the queue time rather than failing.
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

export async function markSignInSucceeded(attemptId: string): Promise<void> {
  const db = getDb();
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true }, select: { id: true } });
  // Old attempts are of no use; dropping them here keeps the table small without a cron job.
  await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 60 * 60_000) } } });
}

const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const anyTrustedProxy = Boolean(process.env.TRUSTED_PROXIES?.trim());

/** The client's address as the desk's trusted proxies report it, or null (see lib/auth/client-address.ts). */
export function clientIp(headers: Headers | undefined): string | null {
  return clientAddress(headers?.get("x-forwarded-for"), trustedProxies, anyTrustedProxy);
}
