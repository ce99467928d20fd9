import { notFound } from "next/navigation";
import { UsersAdminClient } from "@/components/admin/users-admin-client";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { listAllUsers } from "@/lib/server/users/manage-users";

export const metadata = { title: "Users · Factdesk" };

export default async function UsersAdminPage() {
  const actor = await requirePageUser();
  if (!can(actor.role, "user:manage")) notFound();
  const users = await listAllUsers({ actor });
  return (
    <main className="page">
      <h1 className="page__title">Users</h1>
      <p className="page__subtitle">Invite people to the desk, change their roles, and deactivate accounts. Deactivation takes effect at once; work stays attributed.</p>
      <UsersAdminClient initialUsers={users} actorId={actor.id} />
    </main>
  );
}
