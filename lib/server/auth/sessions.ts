import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "../db";
import { listen, isListening } from "../db-listener";
import { queryRows, type Statement } from "../sql";
import type { SessionUser } from "./session-user";

// Sessions are signed, encrypted cookies that no server keeps; what ends them lives in Postgres,
// so every app server agrees at once. A cookie names its user, its own id and the user's
// session generation when it was issued. Signing out lists that one session as ended; a
// password, role or active-flag change and "sign out everywhere" raise the generation, which
// ends every session issued before.

/** What a session cookie claims. Cookies from before session ids existed carry neither id nor generation. */
export type SessionClaims = { userId: string; sessionId?: string; sessionVersion?: number };

const SESSION_USER: Statement = {
  name: "session-user",
  text: `SELECT u."id", u."email", u."name", u."role" FROM "User" u
    WHERE u."id" = $1 AND u."active" AND u."sessionVersion" = $2
      AND ($3::text IS NULL OR NOT EXISTS (SELECT 1 FROM "EndedSession" e WHERE e."sessionId" = $3 AND e."userId" = u."id"))`,
};

// The users of the sessions this process has served, by user and by cookie (generation and
// session id), kept only while the process is listening for their changes: a trigger on "User"
// and "EndedSession" notifies every app server, which forgets that user at once. A lookup that
// overlapped any change is not kept.
// Kept on globalThis: route handlers and pages are separate bundles that may each load this
// module, and a change one of them makes (a password changed through the API) must be forgotten
// by the other at once, not when the notification arrives.
/** Where Postgres says a user changed (payload: their id): a session ended, their name, role, flags. */
export const USER_CHANGES_CHANNEL = "factdesk_session_user";
const MAX_USERS = 10_000;
type RememberedSessions = { known: Map<string, Map<string, SessionUser | null>>; changes: number; subscribed: boolean };
const globalForSessions = globalThis as unknown as { factdeskSessionUsers?: RememberedSessions };
const remembered: RememberedSessions = (globalForSessions.factdeskSessionUsers ??= { known: new Map(), changes: 0, subscribed: false });
const known = remembered.known;

/** Forgets what this process knows of the user's sessions (done for every server by the trigger). */
export function forgetSessionUser(userId: string): void {
  remembered.changes += 1;
  known.delete(userId);
}

function rememberChanges(): void {
  if (remembered.subscribed) return;
  remembered.subscribed = true;
  listen(USER_CHANGES_CHANNEL, {
    onNotify: forgetSessionUser,
    onReset: () => {
      remembered.changes += 1;
      known.clear();
    },
  });
}

/**
 * The user a session stands for, if it has not been ended and the user is active: one statement
 * on two primary keys the first time, then from memory until Postgres says the user changed, so a
 * role change, deactivation or sign-out applies to the next request on every app server (as soon
 * as Postgres has delivered the notification: milliseconds).
 */
export async function userForSession({ userId, sessionId, sessionVersion = 0 }: SessionClaims): Promise<SessionUser | null> {
  rememberChanges();
  const cookie = `${sessionVersion}:${sessionId ?? ""}`;
  const trusted = isListening(USER_CHANGES_CHANNEL);
  const memory = trusted ? known.get(userId)?.get(cookie) : undefined;
  if (memory !== undefined) return memory;
  const changesBefore = remembered.changes;
  const [row] = await queryRows<SessionUser>(SESSION_USER, [userId, sessionVersion, sessionId ?? null]);
  const user = row ?? null;
  if (trusted && remembered.changes === changesBefore && isListening(USER_CHANGES_CHANNEL)) {
    if (known.size >= MAX_USERS) known.clear();
    const sessions = known.get(userId) ?? new Map<string, SessionUser | null>();
    sessions.set(cookie, user);
    known.set(userId, sessions);
  }
  return user;
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
  forgetSessionUser(userId);
}

/**
 * Ends every session of the user, in the caller's transaction; once it commits, the caller calls
 * forgetSessionUser so this process applies it to the very next request (others hear it from Postgres).
 */
export async function endAllSessions(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}
