import { NotificationsClient } from "@/components/notifications/notifications-client";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { listNotifications } from "@/lib/server/notifications/notifications";

export const metadata = { title: "Inbox · Factdesk" };

export default async function NotificationsPage() {
  const actor = await requirePageUser();
  const { notifications } = await listNotifications({ actor });
  return (
    <main className="page page--narrow">
      <h1 className="page__title">Inbox</h1>
      <p className="page__subtitle">Where someone mentioned you.</p>
      <NotificationsClient initial={notifications} />
    </main>
  );
}
