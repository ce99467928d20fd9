import "server-only";
import type { UserDto } from "@/lib/dto";
import { assertCan } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";

/** A user's handle for @mentions and pickers: the part of the email before the @. */
export function handleOf(email: string): string {
  return email.split("@")[0] ?? email;
}

/** The desk's active people, for assignee pickers. */
export async function listUsers({ actor }: { actor: SessionUser }): Promise<UserDto[]> {
  assertCan(actor, "article:read");
  const users = await getDb().user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } });
  return users.map((user) => ({ ...user, handle: handleOf(user.email) }));
}
