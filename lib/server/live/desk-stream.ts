import "server-only";
import { currentHorizon, loggedSince, type Horizon } from "./article-events";
import { eventStream, type EventStreamOptions } from "./event-stream";
import { checkInbox, followUser } from "./user-events";

/**
 * The stream of a page that is not an article's workspace: the user's inbox count, and which
 * articles changed (the article list and My queue read themselves again). `since`: where the
 * page's own read stood; if anything was logged from there on, a `desk` event with
 * `missed: true` says so at once.
 */
export function deskStream({ userId, since, ...stream }: { userId: string; since: Horizon | null } & Omit<EventStreamOptions, "follow">): ReadableStream<Uint8Array> {
  return eventStream({
    ...stream,
    follow: async (send) => {
      const leave = followUser(userId, send, { desk: true });
      // `horizon`: from here on this stream tells of every change (a page read later misses nothing).
      send(`event: ready\ndata: ${JSON.stringify({ horizon: await currentHorizon() })}\n\n`);
      if (since !== null && (await loggedSince(since).catch(() => true))) send(`event: desk\ndata: ${JSON.stringify({ articles: [], missed: true })}\n\n`);
      return { leave, onCheck: () => checkInbox(userId) };
    },
  });
}
