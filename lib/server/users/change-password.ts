import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { hashPassword, verifyPassword } from "../auth/password";
import { getDb } from "../db";

export type ChangePasswordOptions = { actor: SessionUser; currentPassword: string; newPassword: string };

/** A user changes their own password; the current one is required. */
export async function changePassword({ actor, currentPassword, newPassword }: ChangePasswordOptions): Promise<void> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("UNPROCESSABLE", "The current password is not correct. Nothing was changed.");
  }
  if (currentPassword === newPassword) throw new AppError("UNPROCESSABLE", "The new password is the same as the current one.");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await recordActivity(tx, { actorId: actor.id, entityType: "user", entityId: actor.id, action: "user.password_changed" });
  });
}
