import "server-only";
import type { Activity } from "@/lib/activity/activity-types";
import type { Prisma } from "@/generated/prisma/client";

export type { Activity, ActivityEntity } from "@/lib/activity/activity-types";

// The only writers of the activity log. Each appends inside the caller's transaction, so a
// change and its record commit together; the log is append-only in the database (a trigger).

export async function recordActivity(tx: Prisma.TransactionClient, event: Activity): Promise<void> {
  await tx.activityEvent.create({ data: toRow(event) });
}

/** Many entries in one statement, whatever their number (bulk edits, imports, re-anchoring). */
export async function recordActivities(tx: Prisma.TransactionClient, events: readonly Activity[]): Promise<void> {
  if (events.length === 0) return;
  await tx.activityEvent.createMany({ data: events.map(toRow) });
}

function toRow(event: Activity): Prisma.ActivityEventCreateManyInput {
  const { before, after, ...rest } = event;
  return {
    ...rest,
    ...(before !== undefined ? { before: before as Prisma.InputJsonValue } : {}),
    ...(after !== undefined ? { after: after as Prisma.InputJsonValue } : {}),
  };
}
