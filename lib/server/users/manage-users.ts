import "server-only";
import type { AdminUserDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan, type Role } from "@/lib/permissions";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { endAllSessions, forgetSessionUser } from "../auth/sessions";
import { getDb } from "../db";
import { handleOf } from "./list-users";

export async function listAllUsers({ actor }: { actor: SessionUser }): Promise<AdminUserDto[]> {
  assertCan(actor, "user:manage");
  const users = await getDb().user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
  });
  return users.map((user) => ({ ...user, handle: handleOf(user.email), createdAt: user.createdAt.toISOString() }));
}

/**
 * An admin changes someone's role or (de)activates them. Their sessions end at once (they sign
 * in again under the new role); a deactivated user cannot. Their work stays theirs.
 * The desk always keeps at least one active admin.
 */
export async function updateUser({ actor, userId, role, active }: { actor: SessionUser; userId: string; role?: Role; active?: boolean }): Promise<AdminUserDto> {
  assertCan(actor, "user:manage");
  const updated = await getDb().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
    if (!current) throw notFound("User", userId);
    const losesAdmin = current.role === "admin" && current.active && ((role !== undefined && role !== "admin") || active === false);
    if (losesAdmin) {
      const admins = await tx.user.count({ where: { role: "admin", active: true } });
      if (admins <= 1) throw new AppError("UNPROCESSABLE", "This is the last active admin: make someone else an admin first.");
    }
    if (userId === actor.id && active === false) throw new AppError("UNPROCESSABLE", "You cannot deactivate your own account.");
    const user = await tx.user.update({
      where: { id: userId },
      data: { ...(role !== undefined ? { role } : {}), ...(active !== undefined ? { active } : {}) },
      select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
    });
    // A new role or a deactivation starts from a fresh sign-in.
    if (user.role !== current.role || user.active !== current.active) await endAllSessions(tx, userId);
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: "user.updated",
      before: { role: current.role, active: current.active },
      after: { role: user.role, active: user.active },
    });
    return { ...user, handle: handleOf(user.email), createdAt: user.createdAt.toISOString() };
  });
  forgetSessionUser(userId);
  return updated;
}
