import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type Role } from "@/lib/permissions";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { hashPassword } from "../auth/password";
import { getDb } from "../db";

export const INVITE_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type CreatedInvite = { email: string; role: Role; token: string; expiresAt: string };

/**
 * An admin invites someone by email with a role. The token is returned once, to be sent to the
 * invitee; only its hash is stored. A new invite replaces any earlier one for the same email.
 */
export async function createInvite({ actor, email, role }: { actor: SessionUser; email: string; role: Role }): Promise<CreatedInvite> {
  assertCan(actor, "user:manage");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60_000);
  await getDb().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `${email} already has an account.`);
    }
    await tx.invite.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    const invite = await tx.invite.create({ data: { email, role, tokenHash: hashToken(token), invitedById: actor.id, expiresAt }, select: { id: true } });
    await recordActivity(tx, { actorId: actor.id, entityType: "user", entityId: invite.id, action: "user.invited", after: { email, role } });
  });
  return { email, role, token, expiresAt: expiresAt.toISOString() };
}

/** The invite a token opens, or an error saying why it cannot be used. */
export async function findUsableInvite(token: string): Promise<{ id: string; email: string; role: Role }> {
  const invite = await getDb().invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!invite || invite.revokedAt) throw new AppError("NOT_FOUND", "This invitation link is not valid. Ask an admin for a new one.");
  if (invite.acceptedAt) throw new AppError("UNPROCESSABLE", "This invitation has already been used. Sign in instead.");
  if (invite.expiresAt < new Date()) throw new AppError("UNPROCESSABLE", "This invitation has expired. Ask an admin for a new one.");
  return { id: invite.id, email: invite.email, role: invite.role };
}

/** The invitee chooses a name and password; the invite is used up in the same transaction. */
export async function acceptInvite({ token, name, password }: { token: string; name: string; password: string }): Promise<{ email: string }> {
  const invite = await findUsableInvite(token);
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({ where: { id: invite.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: new Date() } });
    if (count === 0) throw new AppError("UNPROCESSABLE", "This invitation has already been used. Sign in instead.");
    if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) throw new AppError("CONFLICT", `${invite.email} already has an account.`);
    const user = await tx.user.create({ data: { email: invite.email, name, role: invite.role, passwordHash }, select: { id: true } });
    await recordActivity(tx, { actorId: user.id, entityType: "user", entityId: user.id, action: "user.joined", after: { email: invite.email, role: invite.role } });
    return { email: invite.email };
  });
}
