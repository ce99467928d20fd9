import "server-only";
import { eventStream, type EventStreamOptions } from "./event-stream";
import { checkInbox, followUser } from "./user-events";

/**
 * The stream of a page that is not an article's workspace: the user's inbox count, and which
 * articles changed (the article list and My queue read themselves again).
 */
export function deskStream({ userId, ...stream }: { userId: string } & Omit<EventStreamOptions, "follow">): ReadableStream<Uint8Array> {
  return eventStream({
    ...stream,
    follow: (send) => {
      send("event: ready\ndata: {}\n\n");
      const leave = followUser(userId, send, { desk: true });
      return Promise.resolve({ leave, onCheck: () => checkInbox(userId) });
    },
  });
}
