import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export type ActivityEntity = "article" | "claim" | "source" | "user" | "comment" | "desk" | "register";

export type ActivityInput = {
  actorId: string;
  entityType: ActivityEntity;
  entityId: string;
  action: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Appends to the activity log inside the caller's transaction, so a change and its record commit together. */
export async function recordActivity(tx: Prisma.TransactionClient, event: ActivityInput): Promise<void> {
  await tx.activityEvent.create({ data: event });
}
