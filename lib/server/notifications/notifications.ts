import "server-only";
import type { NotificationDto } from "@/lib/dto";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { queryRows, sqlIsoTime, type Statement } from "../sql";

/**
 * The latest 100 inbox items, naming the article and the claim as they are now, and the unread
 * count: one statement, in flat columns (as the queue: docs/performance.md, "Part 7").
 */
const INBOX: Statement = {
  name: "inbox",
  text: `SELECT n."id", n."kind", actor."id" AS "actorId", actor."name" AS "actorName", n."articleId", COALESCE(a."title", '') AS "articleTitle",
      n."claimId", c."quote" AS "claimQuote", n."commentId", n."excerpt", ${sqlIsoTime('n."readAt"')} AS "readAt", ${sqlIsoTime('n."createdAt"')} AS "createdAt",
      (SELECT count(*)::int FROM "Notification" u WHERE u."userId" = $1 AND u."readAt" IS NULL) AS "unread"
    FROM "Notification" n JOIN "User" actor ON actor."id" = n."actorId"
    LEFT JOIN "Article" a ON a."id" = n."articleId" LEFT JOIN "Claim" c ON c."id" = n."claimId"
    WHERE n."userId" = $1 ORDER BY n."createdAt" DESC, n."id" DESC LIMIT 100`,
};

export async function listNotifications({ actor }: { actor: SessionUser }): Promise<{ notifications: NotificationDto[]; unread: number }> {
  const rows = await queryRows<Omit<NotificationDto, "actor"> & { actorId: string; actorName: string; unread: number }>(INBOX, [actor.id]);
  return {
    notifications: rows.map(({ unread: _unread, actorId, actorName, ...row }) => ({ ...row, actor: { id: actorId, name: actorName } })),
    unread: rows[0]?.unread ?? 0,
  };
}

export function countUnread(userId: string): Promise<number> {
  return getDb().notification.count({ where: { userId, readAt: null } });
}

/** Marks the given notifications (all, without ids) of the signed-in user as read. */
export async function markNotificationsRead({ actor, ids }: { actor: SessionUser; ids?: string[] }): Promise<number> {
  const { count } = await getDb().notification.updateMany({ where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } });
  return count;
}
