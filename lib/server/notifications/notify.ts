import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { truncateText } from "@/lib/validation/storable";

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

/**
 * The one way the inbox is written, in the caller's transaction: nobody is told of their own
 * doing, and one person hears of one thing once.
 */
export async function notify(tx: Prisma.TransactionClient, actorId: string, notifications: readonly NewNotification[]): Promise<void> {
  const seen = new Set<string>();
  const data = notifications.flatMap((notification) => {
    const key = `${notification.userId}:${notification.kind}:${notification.articleId}:${notification.claimId ?? ""}:${notification.commentId ?? ""}`;
    if (notification.userId === actorId || seen.has(key)) return [];
    seen.add(key);
    const { excerpt } = notification;
    return [
      {
        userId: notification.userId,
        actorId,
        kind: notification.kind,
        articleId: notification.articleId,
        claimId: notification.claimId ?? "",
        commentId: notification.commentId ?? "",
        excerpt: excerpt.length > EXCERPT_LENGTH ? `${truncateText(excerpt, EXCERPT_LENGTH - 3)}…` : excerpt,
      },
    ];
  });
  if (data.length > 0) await tx.notification.createMany({ data });
}
