import Link from "next/link";
import { InboxLink } from "@/components/live/live-desk";
import { LiveProvider } from "@/components/live/live-provider";
import { can, canBeAssigned } from "@/lib/permissions";
import { signOutAction } from "@/lib/server/auth/actions";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { countUnread } from "@/lib/server/notifications/notifications";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const unread = await countUnread(user.id);
  return (
    <LiveProvider unread={unread}>
      <div className="app">
        <header className="topbar">
          <Link href="/articles" className="brand">
            <span className="brand__mark" aria-hidden="true">
              ✓
            </span>{" "}
            Factdesk
          </Link>
          <nav className="topbar__nav" aria-label="Main">
            <Link href="/articles">Articles</Link>
            {canBeAssigned(user.role) && <Link href="/queue">My queue</Link>}
            <Link href="/register">Register</Link>
            {can(user.role, "user:manage") && <Link href="/admin/users">Users</Link>}
            {can(user.role, "desk:configure") && <Link href="/admin/settings">Settings</Link>}
            <InboxLink />
            <Link href="/search" className="topbar__search-link">
              Search
            </Link>
          </nav>
          <form className="topbar__search" role="search" aria-label="Desk search" action="/search">
            <label className="visually-hidden" htmlFor="topbar-search">
              Search the desk
            </label>
            <input id="topbar-search" className="topbar__search-input" type="search" name="q" placeholder="Search the desk" maxLength={200} />
          </form>
          <div className="topbar__user">
            <Link href="/account" className="topbar__name">
              {user.name}
            </Link>
            <span className="role-badge" data-role={user.role}>
              {user.role}
            </span>
            <form action={signOutAction}>
              <button className="button button--ghost button--small" type="submit">
                Sign out
              </button>
            </form>
          </div>
        </header>
        {children}
      </div>
    </LiveProvider>
  );
}
