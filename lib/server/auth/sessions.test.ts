import { describe, expect, it, vi } from "vitest";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { getDb } from "../db";
import { isListening, stopListening } from "../db-listener";
import { changePassword } from "../users/change-password";
import { updateUser } from "../users/manage-users";
import { signOutEverywhere } from "../users/sign-out-everywhere";
import { createApiToken, userForApiToken } from "./api-tokens";
import { currentSessionVersion, endSession, userForSession } from "./sessions";

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);

describe("sessions that end", () => {
  it("signing out ends that session alone, on every server: its cookie is refused from then on", async () => {
    const user = await createTestUser("checker");
    const laptop = { userId: user.id, sessionId: "laptop-session", sessionVersion: 0 };
    const phone = { userId: user.id, sessionId: "phone-session", sessionVersion: 0 };
    expect(await userForSession(laptop)).toMatchObject({ id: user.id, role: "checker" });
    await endSession({ userId: user.id, sessionId: laptop.sessionId, expiresAt: inAnHour() });
    expect(await userForSession(laptop)).toBeNull();
    expect(await userForSession(phone)).toMatchObject({ id: user.id });
  });

  it("signing out everywhere, a password change and a role change end every session issued before", async () => {
    const user = await createTestUser("checker");
    const session = (sessionVersion: number) => ({ userId: user.id, sessionId: `s${sessionVersion}`, sessionVersion });
    await signOutEverywhere({ actor: user });
    expect(await userForSession(session(0))).toBeNull();
    expect(await currentSessionVersion(user.id)).toBe(1);
    expect(await userForSession(session(1))).not.toBeNull();

    const { token } = await createApiToken({ actor: user, name: "script" });
    await changePassword({ actor: user, currentPassword: TEST_PASSWORD, newPassword: "a new long password" });
    expect(await userForSession(session(1))).toBeNull();
    expect(await userForApiToken(token)).not.toBeNull();
    expect(await changePassword({ actor: user, currentPassword: "a new long password", newPassword: "another long password", revokeTokens: true })).toEqual({ tokensRevoked: 1 });
    expect(await userForApiToken(token)).toBeNull();

    const admin = await createTestUser("admin");
    const version = await currentSessionVersion(user.id);
    await updateUser({ actor: admin, userId: user.id, role: "editor" });
    expect(await userForSession(session(version))).toBeNull();
    expect(await userForSession(session(version + 1))).toMatchObject({ role: "editor" });
  });

  it("a deactivated user has no session, and ended sessions are forgotten once they would have expired", async () => {
    const user = await createTestUser("viewer");
    await endSession({ userId: user.id, sessionId: "old", expiresAt: new Date(Date.now() - 1_000) });
    await endSession({ userId: user.id, sessionId: "recent", expiresAt: inAnHour() });
    const kept = await getDb().endedSession.findMany({ where: { userId: user.id }, select: { sessionId: true } });
    expect(kept.map((row) => row.sessionId)).toEqual(["recent"]);
    await getDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await userForSession({ userId: user.id, sessionId: "other", sessionVersion: 0 })).toBeNull();
  });
});

describe("the session's user, remembered by each app server", () => {
  const listening = () => vi.waitFor(() => expect(isListening("factdesk_session_user")).toBe(true), { timeout: 10_000, interval: 20 });

  it("is read once, then remembered until Postgres says the user changed, however the change was made", async () => {
    const user = await createTestUser("checker");
    const session = { userId: user.id, sessionId: "desk-session", sessionVersion: 0 };
    await userForSession(session);
    await listening();
    await userForSession(session);
    const again = await countQueries(() => userForSession(session));
    expect(again).toEqual({ result: expect.objectContaining({ id: user.id, role: "checker" }), queries: 0 });

    // Changed behind this process's back (another app server, a script, psql): the trigger tells it.
    await getDb().$executeRaw`UPDATE "User" SET "name" = 'Renamed Checker' WHERE "id" = ${user.id}`;
    await vi.waitFor(async () => expect((await userForSession(session))?.name).toBe("Renamed Checker"), { timeout: 5_000, interval: 20 });
    await getDb().$executeRaw`UPDATE "User" SET "active" = false WHERE "id" = ${user.id}`;
    await vi.waitFor(async () => expect(await userForSession(session)).toBeNull(), { timeout: 5_000, interval: 20 });
  });

  it("is forgotten when one of the user's sessions ends elsewhere", async () => {
    const user = await createTestUser("editor");
    const session = { userId: user.id, sessionId: "tablet-session", sessionVersion: 0 };
    await listening();
    await userForSession(session);
    expect((await countQueries(() => userForSession(session))).queries).toBe(0);
    await getDb().endedSession.create({ data: { userId: user.id, sessionId: session.sessionId, expiresAt: inAnHour() } });
    await vi.waitFor(async () => expect(await userForSession(session)).toBeNull(), { timeout: 5_000, interval: 20 });
  });

  // Last: it closes this process's listening connection.
  it("is read from Postgres on every request while the process is not listening", async () => {
    const user = await createTestUser("viewer");
    const session = { userId: user.id, sessionId: "kiosk-session", sessionVersion: 0 };
    await listening();
    await userForSession(session);
    await stopListening();
    expect(isListening("factdesk_session_user")).toBe(false);
    expect((await countQueries(() => userForSession(session))).queries).toBe(1);
    expect((await countQueries(() => userForSession(session))).queries).toBe(1);
  });
});
