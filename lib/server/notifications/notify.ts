import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { truncateText } from "@/lib/validation/storable";
import { newId } from "../ids";
import { insertJsonRows } from "../sql";

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  articleId: string;
  claimId?: string;
  commentId?: string;
  /** The words the notification is about (a comment, a claim's quote, an article's title). */
  excerpt: string;
};

const EXCERPT_LENGTH = 200;

const NOTIFICATION_COLUMNS = {
  id: "text",
  userId: "text",
  actorId: "text",
  kind: "text",
  articleId: "text",
  claimId: "text",
  commentId: "text",
  excerpt: "text",
  createdAt: "timestamp(3)",
};

/** SQL adding the inbox rows sent as JSON in parameter `$param` (rows from notificationRows). */
export const notificationInsert = (param: number, options?: Parameters<typeof insertJsonRows>[3]) => insertJsonRows("Notification", NOTIFICATION_COLUMNS, param, options);

/** The inbox rows for `notifications`: nobody is told of their own doing, and one person hears of one thing once. */
export function notificationRows(actorId: string, notifications: readonly NewNotification[], createdAt = new Date()) {
  const seen = new Set<string>();
  return notifications.flatMap((notification) => {
    const key = `${notification.userId}:${notification.kind}:${notification.articleId}:${notification.claimId ?? ""}:${notification.commentId ?? ""}`;
    if (notification.userId === actorId || seen.has(key)) return [];
    seen.add(key);
    const { excerpt } = notification;
    return [
      {
        id: newId(),
        userId: notification.userId,
        actorId,
        kind: notification.kind,
        articleId: notification.articleId,
        claimId: notification.claimId ?? "",
        commentId: notification.commentId ?? "",
        excerpt: excerpt.length > EXCERPT_LENGTH ? `${truncateText(excerpt, EXCERPT_LENGTH - 3)}…` : excerpt,
        createdAt,
      },
    ];
  });
}

const INSERT_NOTIFICATIONS = notificationInsert(1);

/** The one way the inbox is written (with notificationRows), in the caller's transaction. */
export async function notify(tx: Prisma.TransactionClient, actorId: string, notifications: readonly NewNotification[]): Promise<void> {
  const rows = notificationRows(actorId, notifications);
  if (rows.length > 0) await tx.$executeRawUnsafe(INSERT_NOTIFICATIONS, JSON.stringify(rows));
}
