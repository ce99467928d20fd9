import type { Role } from "../permissions";

/**
 * Who may sign in through single sign-on. An identity provider vouches for an email address;
 * the desk decides what that address may do: sign in as its existing, active account; join
 * with the role of a pending invitation; or nothing at all.
 */
export type OidcSignIn = {
  email: string | null | undefined;
  /** The provider's `email_verified` claim; an address it has not verified is never trusted. */
  emailVerified: boolean | null | undefined;
  user: { id: string; active: boolean } | null;
  invite: { id: string; role: Role; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null } | null;
  now: Date;
};

export type OidcDecision =
  | { kind: "link"; userId: string }
  | { kind: "create-from-invite"; inviteId: string; role: Role }
  | { kind: "refuse"; reason: "no-email" | "unverified-email" | "deactivated" | "not-invited" };

export function decideOidcSignIn({ email, emailVerified, user, invite, now }: OidcSignIn): OidcDecision {
  if (!email) return { kind: "refuse", reason: "no-email" };
  if (emailVerified !== true) return { kind: "refuse", reason: "unverified-email" };
  if (user) return user.active ? { kind: "link", userId: user.id } : { kind: "refuse", reason: "deactivated" };
  const usable = invite && !invite.acceptedAt && !invite.revokedAt && invite.expiresAt > now;
  return usable ? { kind: "create-from-invite", inviteId: invite.id, role: invite.role } : { kind: "refuse", reason: "not-invited" };
}

export const OIDC_REFUSAL_MESSAGES: Record<Extract<OidcDecision, { kind: "refuse" }>["reason"], string> = {
  "no-email": "Your sign-on account did not share an email address, so it cannot be matched to a desk account.",
  "unverified-email": "Your sign-on provider has not verified your email address.",
  deactivated: "This account has been deactivated. Ask an admin if that is a mistake.",
  "not-invited": "This email is not on the desk yet. Ask an admin to invite it first.",
};
