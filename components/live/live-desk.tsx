"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useDeskChanges, useUnread } from "./live-provider";

/** Reads the page again at most this often while articles keep changing (ms). */
const REFRESH_EVERY_MS = 1_000;

/**
 * Keeps a server-rendered list current: when articles change after `since` (where the page's
 * read stood), or the stream reconnects after a cut, the page is rendered again by the server,
 * in place, keeping scroll and form state. One rendering at a time (a busy desk must not start
 * a new one before the last arrived, or none would), at most one a second.
 */
export function RefreshOnDeskChange({ since }: { since: string }) {
  const router = useRouter();
  const [rendering, startRendering] = useTransition();
  const [wanted, setWanted] = useState(false);
  const last = useRef(0);
  useDeskChanges(since, () => setWanted(true));
  useEffect(() => {
    if (!wanted || rendering) return;
    const timer = setTimeout(
      () => {
        last.current = Date.now();
        setWanted(false);
        startRendering(() => router.refresh());
      },
      Math.max(0, last.current + REFRESH_EVERY_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [wanted, rendering, router]);
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
