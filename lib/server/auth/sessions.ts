import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "../db";
import type { SessionUser } from "./session-user";

// Sessions are signed, encrypted cookies that no server keeps; what ends them lives in Postgres,
// so every app server agrees at once. A cookie names its user, its own id and the user's
// session generation when it was issued. Signing out lists that one session as ended; a
// password, role or active-flag change and "sign out everywhere" raise the generation, which
// ends every session issued before.

/** What a session cookie claims. Cookies from before session ids existed carry neither id nor generation. */
export type SessionClaims = { userId: string; sessionId?: string; sessionVersion?: number };

/** The user a session stands for, if it has not been ended and the user is active. One indexed query. */
export async function userForSession({ userId, sessionId, sessionVersion = 0 }: SessionClaims): Promise<SessionUser | null> {
  return getDb().user.findFirst({
    where: { id: userId, active: true, sessionVersion, ...(sessionId ? { endedSessions: { none: { sessionId } } } : {}) },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** The generation a new session of this user is issued in. */
export async function currentSessionVersion(userId: string): Promise<number> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 0;
}

/** Ends one session (signing out): its cookie is refused from now on, here and on every other server. */
export async function endSession({ userId, sessionId, expiresAt }: { userId: string; sessionId: string; expiresAt: Date }): Promise<void> {
  const db = getDb();
  await db.$transaction([
    db.endedSession.createMany({ data: [{ sessionId, userId, expiresAt }], skipDuplicates: true }),
    // Ended sessions are kept only while their cookies could still be valid.
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
  ]);
}

/** Ends every session of the user, in the caller's transaction. */
export async function endAllSessions(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}
