import Link from "next/link";
import { signOutAction } from "@/lib/server/auth/actions";
import { requirePageUser } from "@/lib/server/auth/page-user";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <div className="app">
      <header className="topbar">
        <Link href="/articles" className="brand">
          <span className="brand__mark" aria-hidden="true">✓</span> Factdesk
        </Link>
        <nav className="topbar__nav" aria-label="Main">
          <Link href="/articles">Articles</Link>
          {user.role !== "viewer" && <Link href="/queue">My queue</Link>}
          {user.role === "admin" && <Link href="/admin/users">Users</Link>}
        </nav>
        <div className="topbar__user">
          <Link href="/account" className="topbar__name">
            {user.name}
          </Link>
          <span className="role-badge" data-role={user.role}>{user.role}</span>
          <form action={signOutAction}>
            <button className="button button--ghost button--small" type="submit">
              Sign out
            </button>
          </form>
        </div>
      </header>
      {children}
    </div>
  );
}
