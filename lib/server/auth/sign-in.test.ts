import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { createTestUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { getDb } from "../db";
import { changePassword } from "../users/change-password";
import { verifyPassword } from "./password";
import { markSignInSucceeded, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, reserveSignInAttempt } from "./sign-in-throttle";

/** An address no other test (or repetition of this one) uses. */
const address = (label: string) => `${label}-${randomUUID()}`;

describe("sign-in throttling", () => {
  /** A failed attempt: reserved, and never marked as a success. */
  const fail = (email: string, ip: string | null) => reserveSignInAttempt({ email, ip });

  it("refuses an account after 10 failures in 15 minutes, whatever the address", async () => {
    const email = `someone-${randomUUID()}@example.com`;
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt++) expect(await fail(email, address(`10.0.0.${attempt}`))).not.toBeNull();
    const elsewhere = address("10.9.9.9");
    expect(await reserveSignInAttempt({ email, ip: elsewhere })).toBeNull();
    expect(await reserveSignInAttempt({ email: `other-${randomUUID()}@example.com`, ip: elsewhere })).not.toBeNull();
  });

  it("refuses an address after 30 failures across accounts, and forgets failures older than the window", async () => {
    const ip = address("192.0.2.1");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt++) await fail(`${attempt}-${randomUUID()}@x.test`, ip);
    expect(await reserveSignInAttempt({ email: `new-${randomUUID()}@x.test`, ip })).toBeNull();
    await getDb().signInAttempt.updateMany({ where: { ip }, data: { at: new Date(Date.now() - 16 * 60_000) } });
    expect(await reserveSignInAttempt({ email: `new-${randomUUID()}@x.test`, ip })).not.toBeNull();
  });

  it("lets exactly 10 of 16 simultaneous attempts on one account through to the password check", async () => {
    const email = `raced-${randomUUID()}@example.com`;
    const results = await Promise.all(Array.from({ length: 16 }, (_, index) => reserveSignInAttempt({ email, ip: address(`198.51.100.${index}`) })));
    expect(results.filter(Boolean)).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
  });

  it("does not count a successful sign-in as a failure, and without a known address limits by account alone", async () => {
    const email = `fine-${randomUUID()}@example.com`;
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT + 5; attempt++) {
      const reserved = await reserveSignInAttempt({ email, ip: null });
      expect(reserved).not.toBeNull();
      await markSignInSucceeded(reserved!.id);
    }
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
