import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/permissions";
import { getDb } from "../db";
import { auth } from "./next-auth";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in, active user of this request, or null. Read fresh from the database. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getDb().user.findFirst({
    where: { id, active: true },
    select: { id: true, email: true, name: true, role: true },
  });
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to use the Factdesk API.");
  return user;
}
