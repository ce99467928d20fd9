import "server-only";
import type { Activity } from "@/lib/activity/activity-types";
import type { Prisma } from "@/generated/prisma/client";
import { newId } from "../ids";
import { insertJsonRows } from "../sql";

export type { Activity, ActivityEntity } from "@/lib/activity/activity-types";

// The only writers of the activity log. Each appends inside the caller's transaction, or inside
// the caller's one statement (activityInsert), so a change and its record commit together; the
// log is append-only in the database (a trigger).

const ACTIVITY_COLUMNS = {
  id: "text",
  at: "timestamp(3)",
  actorId: "text",
  entityType: "text",
  entityId: "text",
  articleId: "text",
  claimId: "text",
  action: "text",
  before: "jsonb",
  after: "jsonb",
};

type ActivityRow = Omit<Activity, "before" | "after"> & { id: string; at: Date; before?: unknown; after?: unknown };

/** The log's rows for `events`, all at one instant (ids in the events' order). */
export function activityRows(events: readonly Activity[], at = new Date()): ActivityRow[] {
  return events.map((event) => ({ id: newId(), at, ...event }));
}

/**
 * SQL appending the rows sent as JSON in parameter `$param`, for a caller's statement. With
 * `from` and `articleId`, each row's article is read by the statement itself (see insertJsonRows).
 */
export function activityInsert(param: number, options: { from?: string; articleId?: string } = {}): string {
  if (!options.articleId) return insertJsonRows("ActivityEvent", ACTIVITY_COLUMNS, param, { from: options.from });
  const { articleId: _readByTheStatement, ...columns } = ACTIVITY_COLUMNS;
  return insertJsonRows("ActivityEvent", columns, param, { from: options.from, computed: { articleId: options.articleId } });
}

const INSERT_ACTIVITY = activityInsert(1);

export async function recordActivity(tx: Prisma.TransactionClient, event: Activity): Promise<void> {
  await recordActivities(tx, [event]);
}

/** Many entries in one statement, whatever their number (bulk edits, imports, re-anchoring). */
export async function recordActivities(tx: Prisma.TransactionClient, events: readonly Activity[]): Promise<void> {
  if (events.length === 0) return;
  await tx.$executeRawUnsafe(INSERT_ACTIVITY, JSON.stringify(activityRows(events)));
}
