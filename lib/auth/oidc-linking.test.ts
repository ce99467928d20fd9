import { describe, expect, it } from "vitest";
import { decideOidcSignIn, type OidcSignIn } from "./oidc-linking";

const now = new Date("2026-11-27T12:00:00Z");
const base: OidcSignIn = { email: "cara@example.com", emailVerified: true, user: null, invite: null, now };
const invite = { id: "inv1", role: "checker" as const, expiresAt: new Date("2026-11-30T00:00:00Z"), acceptedAt: null, revokedAt: null };

describe("single sign-on account linking", () => {
  it("links a verified email to its active account", () => {
    expect(decideOidcSignIn({ ...base, user: { id: "u1", active: true } })).toEqual({ kind: "link", userId: "u1" });
  });

  it("refuses a deactivated account even with a valid invite", () => {
    expect(decideOidcSignIn({ ...base, user: { id: "u1", active: false }, invite })).toEqual({ kind: "refuse", reason: "deactivated" });
  });

  it("creates the account of a first-time user only from a usable invitation", () => {
    expect(decideOidcSignIn({ ...base, invite })).toEqual({ kind: "create-from-invite", inviteId: "inv1", role: "checker" });
    expect(decideOidcSignIn(base)).toEqual({ kind: "refuse", reason: "not-invited" });
    expect(decideOidcSignIn({ ...base, invite: { ...invite, expiresAt: new Date("2026-11-01T00:00:00Z") } })).toEqual({ kind: "refuse", reason: "not-invited" });
    expect(decideOidcSignIn({ ...base, invite: { ...invite, acceptedAt: now } })).toEqual({ kind: "refuse", reason: "not-invited" });
    expect(decideOidcSignIn({ ...base, invite: { ...invite, revokedAt: now } })).toEqual({ kind: "refuse", reason: "not-invited" });
  });

  it("never trusts a missing or unverified email, even for an existing account", () => {
    expect(decideOidcSignIn({ ...base, email: null, user: { id: "u1", active: true } })).toEqual({ kind: "refuse", reason: "no-email" });
    expect(decideOidcSignIn({ ...base, emailVerified: false, user: { id: "u1", active: true } })).toEqual({ kind: "refuse", reason: "unverified-email" });
    expect(decideOidcSignIn({ ...base, emailVerified: undefined, invite })).toEqual({ kind: "refuse", reason: "unverified-email" });
  });
});
