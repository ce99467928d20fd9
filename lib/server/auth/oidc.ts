import "server-only";
import { randomBytes } from "node:crypto";
import { decideOidcSignIn, type OidcDecision } from "@/lib/auth/oidc-linking";
import { recordActivity } from "../activity/record-activity";
import { getDb } from "../db";
import { handleOf } from "../users/list-users";
import { hashPassword } from "./password";

export type OidcSettings = { name: string; issuer: string; clientId: string; clientSecret: string };

/** Single sign-on is on when the issuer, client id and secret are all set. */
export function oidcSettings(): OidcSettings | null {
  const { AUTH_OIDC_ISSUER: issuer, AUTH_OIDC_ID: clientId, AUTH_OIDC_SECRET: clientSecret, AUTH_OIDC_NAME: name } = process.env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { name: name || "single sign-on", issuer, clientId, clientSecret };
}

type Profile = { email?: unknown; email_verified?: unknown } | undefined;

/**
 * Applies the linking rules to a provider's profile. A first sign-in from a pending invitation
 * creates the account (with an unusable random password: the person signs in through the
 * provider) and uses the invitation up.
 */
export async function resolveOidcSignIn(profile: Profile): Promise<{ ok: true; userId: string } | { ok: false; reason: Extract<OidcDecision, { kind: "refuse" }>["reason"] }> {
  const email = typeof profile?.email === "string" ? profile.email.trim().toLowerCase() : null;
  const emailVerified = profile?.email_verified === true || profile?.email_verified === "true";
  const db = getDb();
  const [user, invite] = email
    ? await Promise.all([
        db.user.findUnique({ where: { email }, select: { id: true, active: true } }),
        db.invite.findFirst({ where: { email }, orderBy: { createdAt: "desc" }, select: { id: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true } }),
      ])
    : [null, null];
  const decision = decideOidcSignIn({ email, emailVerified, user, invite, now: new Date() });
  if (decision.kind === "refuse") return { ok: false, reason: decision.reason };
  if (decision.kind === "link") return { ok: true, userId: decision.userId };
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const userId = await db.$transaction(async (tx) => {
    await tx.invite.update({ where: { id: decision.inviteId }, data: { acceptedAt: new Date() } });
    const created = await tx.user.create({ data: { email: email!, name: handleOf(email!), role: decision.role, passwordHash }, select: { id: true } });
    await recordActivity(tx, {
      actorId: created.id,
      entityType: "user",
      entityId: created.id,
      action: "user.joined",
      after: { email, role: decision.role, via: "single sign-on" },
    });
    return created.id;
  });
  return { ok: true, userId };
}

export async function userIdForEmail(email: unknown): Promise<string | null> {
  if (typeof email !== "string") return null;
  const user = await getDb().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}
