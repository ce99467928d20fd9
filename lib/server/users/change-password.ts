import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { hashPassword, verifyPassword } from "../auth/password";
import { endAllSessions, forgetSessionUser } from "../auth/sessions";
import { getDb } from "../db";

export type ChangePasswordOptions = { actor: SessionUser; currentPassword: string; newPassword: string; revokeTokens?: boolean };

/**
 * A user changes their own password; the current one is required. Every session of theirs ends
 * (whoever knew the old password is signed out, this browser too), and with `revokeTokens` so
 * do their API tokens.
 */
export async function changePassword({ actor, currentPassword, newPassword, revokeTokens = false }: ChangePasswordOptions): Promise<{ tokensRevoked: number }> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("UNPROCESSABLE", "The current password is not correct. Nothing was changed.");
  }
  if (currentPassword === newPassword) throw new AppError("UNPROCESSABLE", "The new password is the same as the current one.");
  const passwordHash = await hashPassword(newPassword);
  const result = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await endAllSessions(tx, actor.id);
    const { count } = revokeTokens ? await tx.apiToken.updateMany({ where: { userId: actor.id, revokedAt: null }, data: { revokedAt: new Date() } }) : { count: 0 };
    await recordActivity(tx, { actorId: actor.id, entityType: "user", entityId: actor.id, action: "user.password_changed", after: { tokensRevoked: count } });
    return { tokensRevoked: count };
  });
  forgetSessionUser(actor.id);
  return result;
}
