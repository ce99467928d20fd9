"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useDeskChanges, useUnread } from "./live-provider";

/** Reads the page again at most this often while articles keep changing (ms). */
const REFRESH_EVERY_MS = 1_000;

/**
 * Keeps a server-rendered list current: when articles change after `since` (where the page's
 * read stood), or the stream reconnects after a cut, the page is rendered again by the server,
 * in place, keeping scroll and form state.
 */
export function RefreshOnDeskChange({ since }: { since: string }) {
  const router = useRouter();
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useDeskChanges(since, () => {
    if (pending.current) return;
    const wait = Math.max(0, last.current + REFRESH_EVERY_MS - Date.now());
    pending.current = setTimeout(() => {
      pending.current = null;
      last.current = Date.now();
      router.refresh();
    }, wait);
  });
  return null;
}

/** The Inbox link with its unread count, live. */
export function InboxLink() {
  const unread = useUnread();
  return (
    <Link href="/notifications" aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"} data-unread={unread}>
      Inbox
      {unread > 0 && (
        <span className="unread-count" aria-hidden="true">
          {unread}
        </span>
      )}
    </Link>
  );
}
