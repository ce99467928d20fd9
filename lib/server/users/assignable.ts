import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { canBeAssigned, type Role } from "@/lib/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { queryRows, type Statement } from "../sql";

const ASSIGNEE: Statement = { name: "assignee-by-id", text: `SELECT "role"::text AS "role", "active" FROM "User" WHERE "id" = $1` };

/** Claims and articles go to people who can check them: active users whose role may write claims. */
export async function assertCanBeAssigned(userId: string, tx?: Prisma.TransactionClient): Promise<void> {
  const [user] = await queryRows<{ role: Role; active: boolean }>(ASSIGNEE, [userId], tx);
  if (!user || !user.active) throw new AppError("UNPROCESSABLE", `User ${userId} does not exist or is deactivated, so nothing can be assigned to them.`);
  if (!canBeAssigned(user.role)) throw new AppError("UNPROCESSABLE", `User ${userId} is a ${user.role} and cannot check claims.`);
}
