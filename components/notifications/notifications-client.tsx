"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { apiFetch } from "@/lib/client/api";
import type { NotificationDto } from "@/lib/dto";
import { describeNotification } from "@/lib/notifications/notification-kinds";

export function NotificationsClient({ initial }: { initial: NotificationDto[] }) {
  const router = useRouter();
  const [notifications, setNotifications] = useState(initial);
  const unread = notifications.filter((notification) => !notification.readAt).length;

  async function markRead(ids?: string[]) {
    await apiFetch("/api/notifications/read", { method: "POST", body: ids ? { ids } : {} });
    const now = new Date().toISOString();
    setNotifications((current) => current.map((notification) => (!ids || ids.includes(notification.id) ? { ...notification, readAt: notification.readAt ?? now } : notification)));
    router.refresh(); // the unread count in the top bar
  }

  if (notifications.length === 0) {
    return (
      <div className="empty">
        <p className="empty__title">Nothing here yet</p>
        <p>Mentions in comments, articles you are made lead checker of, and checked claims whose text changed show up here.</p>
      </div>
    );
  }
  return (
    <>
      <div className="form__actions">
        <button type="button" className="button button--small" disabled={unread === 0} onClick={() => void markRead()}>
          Mark all as read
        </button>
      </div>
      <ul className="notifications">
        {notifications.map((notification) => (
          <li key={notification.id} className={`notification${notification.readAt ? "" : " notification--unread"}`} data-notification={notification.id}>
            <div className="notification__meta">
              {!notification.readAt && <span className="visually-hidden">Unread: </span>}
              {describeNotification(notification.kind, notification.actor.name, notification.articleTitle || "a deleted article")} · <Timestamp iso={notification.createdAt} />
            </div>
            {notification.claimQuote !== null && notification.kind !== "mention" ? (
              <p className="notification__excerpt">“{notification.claimQuote}”</p>
            ) : (
              notification.kind === "mention" && <p className="notification__excerpt">{notification.excerpt}</p>
            )}
            <Link
              href={notification.claimId ? `/articles/${notification.articleId}?claim=${notification.claimId}` : `/articles/${notification.articleId}`}
              onClick={() => void markRead([notification.id])}
            >
              {notification.claimId ? "Open the claim" : "Open the article"}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
