import "server-only";
import type { NotificationDto } from "@/lib/dto";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { personSelect } from "../select";

export async function listNotifications({ actor }: { actor: SessionUser }): Promise<{ notifications: NotificationDto[]; unread: number }> {
  const db = getDb();
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: { id: true, kind: true, articleId: true, claimId: true, commentId: true, excerpt: true, readAt: true, createdAt: true, actor: personSelect },
    }),
    countUnread(actor.id),
  ]);
  // Inbox items name the article and the claim as they are now (one query each, whatever the count).
  const [articles, claims] = await Promise.all([
    db.article.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.articleId))] } }, select: { id: true, title: true } }),
    db.claim.findMany({ where: { id: { in: [...new Set(rows.flatMap((row) => (row.claimId ? [row.claimId] : [])))] } }, select: { id: true, quote: true } }),
  ]);
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  const quotes = new Map(claims.map((claim) => [claim.id, claim.quote]));
  return {
    notifications: rows.map((row) => ({
      ...row,
      articleTitle: titles.get(row.articleId) ?? "",
      claimQuote: quotes.get(row.claimId) ?? null,
      readAt: row.readAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    unread,
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
