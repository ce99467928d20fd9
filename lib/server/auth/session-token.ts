import "server-only";
import { createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { SessionClaims } from "./sessions";

// Reading the session cookie on every request, without next-auth's request pipeline.
//
// next-auth issues the cookie as a JWE in compact form: "dir" key management, A256CBC-HS512
// content encryption (RFC 7518 §5.2), with a 64-byte key derived from AUTH_SECRET by HKDF-SHA256
// whose salt is the cookie's name. Calling `auth()` for each request builds a Request, runs
// next-auth's whole session action, derives the key again and decrypts with WebCrypto jobs, and
// encrypts a fresh token it then throws away: about 2 ms of CPU a request. Here the key is derived
// once per process and the token is checked and decrypted with node:crypto directly (~20 µs).
// next-auth still issues and ends sessions; session-token.test.ts checks this reads what it writes.

/** The cookie names next-auth uses: with the __Secure- prefix when served over HTTPS. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** Seconds of clock difference allowed when checking expiry (next-auth allows the same). */
const CLOCK_TOLERANCE_SECONDS = 15;

// Tokens already checked and decrypted, by their exact text, so a busy client's repeated cookie
// costs a map lookup. Only what the token itself says is remembered (expiry is checked on every
// use), never whether its session is still valid: that is asked of Postgres on every request.
const DECRYPTED_LIMIT = 2_000;
const decrypted = new Map<string, Record<string, unknown>>();

const keys = new Map<string, Buffer>();

function derivedKey(secret: string, salt: string): Buffer {
  const cacheKey = `${salt}\u0000${secret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    keys.set(cacheKey, key);
  }
  return key;
}

/** The secret next-auth signs sessions with (it reads the same variables). */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || undefined;
}

/**
 * The payload of a session token, or null when it is not one next-auth issued with this secret
 * and salt (tampered, another secret, another cookie name), or it has expired.
 */
export function decryptSessionToken(token: string, { secret, salt, now = Date.now() }: { secret: string; salt: string; now?: number }): Record<string, unknown> | null {
  const cacheKey = `${salt}\u0000${secret}\u0000${token}`;
  let payload = decrypted.get(cacheKey);
  if (!payload) {
    const opened = openToken(token, secret, salt);
    if (!opened) return null;
    if (decrypted.size >= DECRYPTED_LIMIT) decrypted.delete(decrypted.keys().next().value!);
    decrypted.set(cacheKey, opened);
    payload = opened;
  }
  const { exp, nbf } = payload as { exp?: unknown; nbf?: unknown };
  const seconds = now / 1000;
  if (typeof exp !== "number" || exp + CLOCK_TOLERANCE_SECONDS <= seconds) return null;
  if (nbf !== undefined && (typeof nbf !== "number" || nbf - CLOCK_TOLERANCE_SECONDS > seconds)) return null;
  return payload;
}

/** Checks the token's tag and decrypts it: its payload, or null. */
function openToken(token: string, secret: string, salt: string): Record<string, unknown> | null {
  const parts = token.split(".");
  if (parts.length !== 5) return null;
  const [protectedHeader, encryptedKey, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  if (encryptedKey !== "") return null;
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(protectedHeader, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof header !== "object" || header === null) return null;
  const { alg, enc, crit } = header as { alg?: unknown; enc?: unknown; crit?: unknown };
  if (alg !== "dir" || enc !== "A256CBC-HS512" || crit !== undefined) return null;

  const key = derivedKey(secret, salt);
  const ivBytes = Buffer.from(iv, "base64url");
  const ciphertextBytes = Buffer.from(ciphertext, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (ivBytes.length !== 16 || tagBytes.length !== 32 || ciphertextBytes.length === 0 || ciphertextBytes.length % 16 !== 0) return null;
  // RFC 7518 §5.2.2.2: the tag is the first half of HMAC-SHA-512 over AAD ‖ IV ‖ ciphertext ‖ AL,
  // where AAD is the protected header as sent and AL its length in bits (64-bit big-endian).
  const aad = Buffer.from(protectedHeader, "ascii");
  const aadBits = Buffer.alloc(8);
  aadBits.writeBigUInt64BE(BigInt(aad.length * 8));
  const expected = createHmac("sha512", key.subarray(0, 32)).update(aad).update(ivBytes).update(ciphertextBytes).update(aadBits).digest().subarray(0, 32);
  if (!timingSafeEqual(expected, tagBytes)) return null;

  let payload: unknown;
  try {
    const decipher = createDecipheriv("aes-256-cbc", key.subarray(32), ivBytes);
    payload = JSON.parse(Buffer.concat([decipher.update(ciphertextBytes), decipher.final()]).toString("utf8"));
  } catch {
    return null;
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return null;
  return Object.freeze(payload as Record<string, unknown>);
}

type CookieJar = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

/** The session cookie's value under `name`: whole, or joined from the chunks next-auth splits a large one into. */
function cookieValue(jar: CookieJar, name: string): string | undefined {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .flatMap((cookie) => {
      const match = cookie.name.startsWith(`${name}.`) ? /^\d+$/.exec(cookie.name.slice(name.length + 1)) : null;
      return match ? [{ index: Number(match[0]), value: cookie.value }] : [];
    })
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((chunk) => chunk.value).join("") : undefined;
}

/** What the request's session cookie claims, or null without a valid one. */
export function sessionClaimsFromCookies(jar: CookieJar, secret = authSecret(), now = Date.now()): SessionClaims | null {
  if (!secret) return null;
  for (const name of SESSION_COOKIE_NAMES) {
    const token = cookieValue(jar, name);
    if (!token) continue;
    const payload = decryptSessionToken(token, { secret, salt: name, now });
    if (!payload) continue;
    const { sub, sid, sv } = payload;
    if (typeof sub !== "string" || sub === "") return null;
    return { userId: sub, ...(typeof sid === "string" ? { sessionId: sid } : {}), ...(typeof sv === "number" ? { sessionVersion: sv } : {}) };
  }
  return null;
}
