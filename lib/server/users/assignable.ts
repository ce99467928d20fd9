import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { canBeAssigned } from "@/lib/permissions";
import type { Prisma } from "@/generated/prisma/client";

/** Claims and articles go to people who can check them: active users whose role may write claims. */
export async function assertCanBeAssigned(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
  if (!user || !user.active) throw new AppError("UNPROCESSABLE", `User ${userId} does not exist or is deactivated, so nothing can be assigned to them.`);
  if (!canBeAssigned(user.role)) throw new AppError("UNPROCESSABLE", `User ${userId} is a ${user.role} and cannot check claims.`);
}
