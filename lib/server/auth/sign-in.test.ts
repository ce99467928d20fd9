import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { createTestUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { getDb } from "../db";
import { changePassword } from "../users/change-password";
import { verifyPassword } from "./password";
import { isSignInThrottled, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, recordSignInAttempt } from "./sign-in-throttle";

describe("sign-in throttling", () => {
  it("refuses an account after 10 failures in 15 minutes, whatever the address", async () => {
    const email = `someone-${randomUUID()}@example.com`;
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT - 1; attempt++) await recordSignInAttempt({ email, ip: `10.0.0.${attempt}`, succeeded: false });
    expect(await isSignInThrottled({ email, ip: "10.9.9.9" })).toBe(false);
    await recordSignInAttempt({ email, ip: "10.0.0.200", succeeded: false });
    expect(await isSignInThrottled({ email, ip: "10.9.9.9" })).toBe(true);
    expect(await isSignInThrottled({ email: `other-${randomUUID()}@example.com`, ip: "10.9.9.9" })).toBe(false);
  });

  it("refuses an address after 30 failures across accounts, and forgets failures older than the window", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt++) await recordSignInAttempt({ email: `${attempt}-${randomUUID()}@x.test`, ip, succeeded: false });
    expect(await isSignInThrottled({ email: `new-${randomUUID()}@x.test`, ip })).toBe(true);
    await getDb().signInAttempt.updateMany({ where: { ip }, data: { at: new Date(Date.now() - 16 * 60_000) } });
    expect(await isSignInThrottled({ email: `new-${randomUUID()}@x.test`, ip })).toBe(false);
  });
});

describe("changing one's password", () => {
  it("needs the current password and stores a new argon2id hash", async () => {
    const user = await createTestUser("checker");
    await expect(changePassword({ actor: user, currentPassword: "wrong one", newPassword: "a brand new secret" })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "UNPROCESSABLE" && /not correct/.test(error.message),
    );
    await changePassword({ actor: user, currentPassword: TEST_PASSWORD, newPassword: "a brand new secret" });
    const { passwordHash } = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(passwordHash, "a brand new secret")).toBe(true);
    expect(await verifyPassword(passwordHash, TEST_PASSWORD)).toBe(false);
  });
});
