"use client";
import { useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import { formText } from "@/lib/forms/form-text";
import { ROLES, type Role } from "@/lib/permissions";
import type { AdminUserDto } from "@/lib/dto";
import { Table } from "@/components/ui/table";

type Props = { initialUsers: AdminUserDto[]; actorId: string };

export function UsersAdminClient({ initialUsers, actorId }: Props) {
  const [users, setUsers] = useState(initialUsers);
  const { message, run } = useFormAction("The change was not saved.");
  const [invite, setInvite] = useState<{ email: string; url: string; expiresAt: string } | null>(null);

  async function update(user: AdminUserDto, change: { role?: Role; active?: boolean }) {
    const updated = await run(
      () => apiFetch<AdminUserDto>(`/api/admin/users/${user.id}`, { method: "PATCH", body: change }),
      (saved) => `${saved.name} is now ${saved.active ? saved.role : "deactivated"}.`,
    );
    if (updated) setUsers((current) => current.map((item) => (item.id === updated.id ? updated : item)));
  }

  async function sendInvite(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body = { email: formText(form, "email"), role: formText(form, "role") };
    const created = await run(() => apiFetch<{ email: string; invitePath: string; expiresAt: string }>("/api/admin/invites", { method: "POST", body }));
    if (!created) return;
    setInvite({ email: created.email, url: `${window.location.origin}${created.invitePath}`, expiresAt: created.expiresAt });
    formElement.reset();
  }

  return (
    <>
      <FormMessage message={message} />
      <section aria-labelledby="invite-heading" className="invite">
        <h2 id="invite-heading" className="section-title">
          Invite someone
        </h2>
        <form className="filters" onSubmit={sendInvite}>
          <label className="field field--compact">
            <span className="field__label">Email</span>
            <input className="input" type="email" name="email" required />
          </label>
          <label className="field field--compact">
            <span className="field__label">Role</span>
            <select className="input" name="role" defaultValue="checker">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
          </label>
          <button className="button button--primary" type="submit">
            Create invitation link
          </button>
        </form>
        {invite && (
          <div className="notice notice--info" role="status" aria-label="Invitation link">
            <span>
              Send this link to {invite.email}. It works once, until {invite.expiresAt.slice(0, 10)}, and is not shown again:{" "}
              <input className="input invite__link" readOnly value={invite.url} aria-label="Invitation link" onFocus={(event) => event.target.select()} />
            </span>
          </div>
        )}
      </section>
      <h2 className="section-title">Everyone</h2>
      <Table columns={["Name", "Email", "Role", "Account"]}>
        {users.map((user) => (
          <tr key={user.id} data-user={user.email}>
            <td>{user.name}</td>
            <td>
              {user.email} <span className="muted small">@{user.handle}</span>
            </td>
            <td>
              <select className="input" aria-label={`Role of ${user.name}`} value={user.role} onChange={(event) => void update(user, { role: event.target.value as Role })}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {role}
                  </option>
                ))}
              </select>
            </td>
            <td>
              {user.id === actorId ? (
                <span className="muted small">You</span>
              ) : (
                <button type="button" className={`button button--small${user.active ? " button--danger" : ""}`} onClick={() => void update(user, { active: !user.active })}>
                  {user.active ? "Deactivate" : "Reactivate"}
                </button>
              )}
              {!user.active && <span className="muted small"> deactivated</span>}
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}
