import { describe, expect, it } from "vitest";
import { createTestUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { getDb } from "../db";
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
