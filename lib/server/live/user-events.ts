import "server-only";
import { isListening, listen } from "../db-listener";
import { countUnread } from "../notifications/notifications";

// What every page of a signed-in person follows, whatever else its stream carries: their inbox's
// unread count (a trigger on Notification notifies `factdesk_inbox` with the recipient), and, on
// pages that list articles (the article list, My queue), which articles just changed (the
// activity log's `factdesk_activity`), so the page reads its list again. Neither needs resuming:
// a stream (re)opened gets the count at once, and the page re-reads its list when it reconnects.

export const ACTIVITY_CHANNEL = "factdesk_activity";
export const INBOX_CHANNEL = "factdesk_inbox";

/** Articles that changed within this long are announced together (ms). */
const DESK_GATHER_MS = 250;

type Listener = { send: (message: string | Uint8Array) => void; desk: boolean; /** The count as last sent. */ unread?: number };
type Hub = { byUser: Map<string, Set<Listener>>; deskListeners: number; changed: Set<string>; timer: NodeJS.Timeout | null; subscribed: boolean };
const globalForHub = globalThis as unknown as { factdeskUserHub?: Hub };
const hub: Hub = (globalForHub.factdeskUserHub ??= { byUser: new Map(), deskListeners: 0, changed: new Set(), timer: null, subscribed: false });

/** Sends the user's unread count to each of their streams it is news to. */
async function sendInbox(userId: string): Promise<void> {
  const listeners = hub.byUser.get(userId);
  if (!listeners || listeners.size === 0) return;
  const unread = await countUnread(userId).catch(() => null);
  if (unread === null) return;
  for (const listener of listeners) {
    if (listener.unread === unread) continue;
    listener.unread = unread;
    listener.send(`event: inbox\ndata: ${JSON.stringify({ unread })}\n\n`);
  }
}

function articleChanged(articleId: string | null): void {
  if (hub.deskListeners === 0) return;
  if (articleId) hub.changed.add(articleId);
  hub.timer ??= setTimeout(() => {
    hub.timer = null;
    const text = new TextEncoder().encode(`event: desk\ndata: ${JSON.stringify({ articles: [...hub.changed] })}\n\n`);
    hub.changed.clear();
    for (const listeners of hub.byUser.values()) for (const listener of listeners) if (listener.desk) listener.send(text);
  }, DESK_GATHER_MS);
}

function subscribe(): void {
  if (hub.subscribed) return;
  hub.subscribed = true;
  listen(INBOX_CHANNEL, {
    onNotify: (userId) => void sendInbox(userId),
    onReset: () => {
      for (const userId of hub.byUser.keys()) void sendInbox(userId);
    },
  });
  listen(ACTIVITY_CHANNEL, {
    onNotify: (articleId) => {
      if (articleId) articleChanged(articleId);
    },
    // Changes may have been missed: lists re-read.
    onReset: () => articleChanged(null),
  });
}

/**
 * Follows a user's inbox count (sent at once, then on each change) and, with `desk`, the
 * changes to any article. Returns how to stop.
 */
export function followUser(userId: string, send: (message: string | Uint8Array) => void, { desk }: { desk: boolean }): () => void {
  subscribe();
  const listener: Listener = { send, desk };
  const listeners = hub.byUser.get(userId) ?? new Set<Listener>();
  listeners.add(listener);
  hub.byUser.set(userId, listeners);
  if (desk) hub.deskListeners += 1;
  void sendInbox(userId);
  return () => {
    if (listeners.delete(listener) && desk) hub.deskListeners -= 1;
    if (listeners.size === 0 && hub.byUser.get(userId) === listeners) hub.byUser.delete(userId);
  };
}

/** At each check of a stream's user: read the count when notifications cannot be trusted. */
export function checkInbox(userId: string): void {
  if (!isListening(INBOX_CHANNEL)) void sendInbox(userId);
}
