import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decryptSessionToken, SESSION_COOKIE_NAMES, sessionClaimsFromCookies } from "./session-token";

const secret = "a-test-secret-of-at-least-32-characters!";
const salt = "authjs.session-token";

/** A cookie jar as next/headers' cookies() gives it. */
function jar(cookies: Record<string, string>) {
  return {
    get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
    getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
  };
}

/** What next-auth writes at sign-in (next-auth.ts puts sub, sid and sv in the token). */
const issue = (token: Record<string, unknown>, options: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token, secret: options.secret ?? secret, salt: options.salt ?? salt, maxAge: options.maxAge ?? 3600 });

/** Flips one character of the token's `part` (0 header … 4 tag) to another base64url character. */
function tamper(token: string, part: number): string {
  const parts = token.split(".");
  const text = parts[part]!;
  const index = Math.floor(text.length / 2);
  parts[part] = text.slice(0, index) + (text[index] === "A" ? "B" : "A") + text.slice(index + 1);
  return parts.join(".");
}

describe("reading next-auth's session cookie", () => {
  it("reads what next-auth issues: user, session id and session generation", async () => {
    const token = await issue({ sub: "user1", sid: "session-a", sv: 3, name: "Ana", email: "ana@example.com" });
    expect(decryptSessionToken(token, { secret, salt })).toMatchObject({ sub: "user1", sid: "session-a", sv: 3, email: "ana@example.com" });
    expect(sessionClaimsFromCookies(jar({ [salt]: token }), secret)).toEqual({ userId: "user1", sessionId: "session-a", sessionVersion: 3 });
  });

  it("reads the HTTPS cookie name, whose name is also its key's salt", async () => {
    const name = SESSION_COOKIE_NAMES[0];
    const token = await issue({ sub: "user2" }, { salt: name });
    expect(sessionClaimsFromCookies(jar({ [name]: token }), secret)).toEqual({ userId: "user2" });
    // The same token under the other name was derived with another salt: refused.
    expect(sessionClaimsFromCookies(jar({ [salt]: token }), secret)).toBeNull();
  });

  it("joins a cookie next-auth split into chunks, in the chunks' order", async () => {
    const token = await issue({ sub: "user3", sid: "s" });
    const third = Math.ceil(token.length / 3);
    const chunks = { [`${salt}.2`]: token.slice(2 * third), [`${salt}.0`]: token.slice(0, third), [`${salt}.1`]: token.slice(third, 2 * third) };
    expect(sessionClaimsFromCookies(jar(chunks), secret)).toEqual({ userId: "user3", sessionId: "s" });
  });

  it("refuses a token changed anywhere, issued with another secret, expired or without a user", async () => {
    const token = await issue({ sub: "user1" });
    for (const part of [0, 2, 3, 4]) expect(decryptSessionToken(tamper(token, part), { secret, salt })).toBeNull();
    expect(decryptSessionToken(token, { secret: `${secret}-rotated`, salt })).toBeNull();
    expect(decryptSessionToken(`${token}x`, { secret, salt })).toBeNull();
    expect(decryptSessionToken(token.split(".").slice(0, 4).join("."), { secret, salt })).toBeNull();

    const shortLived = await issue({ sub: "user1" }, { maxAge: 60 });
    expect(decryptSessionToken(shortLived, { secret, salt, now: Date.now() + 60_000 })).not.toBeNull();
    expect(decryptSessionToken(shortLived, { secret, salt, now: Date.now() + 80_000 })).toBeNull();

    expect(sessionClaimsFromCookies(jar({ [salt]: await issue({ name: "nobody" }) }), secret)).toBeNull();
    expect(sessionClaimsFromCookies(jar({ [salt]: token }), undefined)).toBeNull();
    expect(sessionClaimsFromCookies(jar({}), secret)).toBeNull();
  });

  it("refuses another algorithm in the header, even with a valid tag over it", async () => {
    const token = await issue({ sub: "user1" });
    const [, ...rest] = token.split(".");
    for (const header of [
      { alg: "dir", enc: "A256GCM" },
      { alg: "none", enc: "A256CBC-HS512" },
      { alg: "dir", enc: "A256CBC-HS512", crit: ["x"] },
    ]) {
      const forged = [Buffer.from(JSON.stringify(header)).toString("base64url"), ...rest].join(".");
      expect(decryptSessionToken(forged, { secret, salt })).toBeNull();
    }
  });
});
