import "server-only";
import type { SessionUser } from "../auth/session-user";
import { isListening, listen } from "../db-listener";
import { articleEventsSince, currentHorizon, type Horizon } from "./article-events";

// One Server-Sent Events stream per open workspace. Each app server listens once for
// `factdesk_activity` (a trigger names the article of every appended history entry) and wakes
// the streams of that article, which read what is new from the activity log. The log is the
// only source: a stream cut for any reason resumes with Last-Event-ID from where it stood, on
// any server, and misses nothing.

const ACTIVITY_CHANNEL = "factdesk_activity";

type Hub = { watchers: Map<string, Set<() => void>>; subscribed: boolean };
const globalForHub = globalThis as unknown as { factdeskActivityHub?: Hub };
const hub: Hub = (globalForHub.factdeskActivityHub ??= { watchers: new Map(), subscribed: false });

function wakeAll(): void {
  for (const watchers of hub.watchers.values()) for (const wake of watchers) wake();
}

function watchArticle(articleId: string, wake: () => void): () => void {
  if (!hub.subscribed) {
    hub.subscribed = true;
    listen(ACTIVITY_CHANNEL, { onNotify: (changed) => hub.watchers.get(changed)?.forEach((watcher) => watcher()), onReset: wakeAll });
  }
  const watchers = hub.watchers.get(articleId) ?? new Set();
  watchers.add(wake);
  hub.watchers.set(articleId, watchers);
  return () => {
    watchers.delete(wake);
    if (watchers.size === 0) hub.watchers.delete(articleId);
  };
}

/** How many streams this process has open (for the benchmark and tests). */
export function openStreams(): number {
  let count = 0;
  for (const watchers of hub.watchers.values()) count += watchers.size;
  return count;
}

export type ArticleStreamOptions = {
  articleId: string;
  /** Last-Event-ID: resume from there; null: from now on. */
  since: Horizon | null;
  /** The stream's user as of now, or null once they may no longer read (deactivated, signed out). */
  recheck: () => Promise<SessionUser | null>;
  signal: AbortSignal;
  /** How often the user is checked again (ms); a deactivated user's stream ends within this. */
  checkEveryMs?: number;
  /** How often a comment line keeps proxies from closing an idle stream (ms). */
  heartbeatEveryMs?: number;
};

/** Held back behind a transaction still running: look again this soon (ms). */
const PENDING_RETRY_MS = 50;
/** The database away: try again this soon (ms). */
const ERROR_RETRY_MS = 1_000;

export function articleStream({ articleId, since, recheck, signal, checkEveryMs = 2_000, heartbeatEveryMs = 15_000 }: ArticleStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const timers = new Set<NodeJS.Timeout>();
      const later = (work: () => void, ms: number) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          work();
        }, ms);
        timers.add(timer);
      };
      let unwatch = () => {};
      cleanup = () => {
        if (closed) return;
        closed = true;
        for (const timer of timers) clearTimeout(timer);
        unwatch();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      signal.addEventListener("abort", cleanup);

      let horizon = since;
      let reading = false;
      let again = false;
      const read = async (): Promise<void> => {
        if (closed) return;
        if (reading) {
          again = true;
          return;
        }
        reading = true;
        try {
          do {
            again = false;
            const batch = await articleEventsSince(articleId, horizon!);
            for (const event of batch.events) send(`id: ${batch.horizon}\nevent: activity\ndata: ${JSON.stringify(event)}\n\n`);
            horizon = batch.horizon;
            if (!batch.complete) again = true;
            else if (batch.pending) later(() => void read(), PENDING_RETRY_MS);
          } while (again && !closed);
        } catch {
          later(() => void read(), ERROR_RETRY_MS);
        } finally {
          reading = false;
        }
      };

      send("retry: 2000\n\n");
      try {
        horizon ??= await currentHorizon();
      } catch {
        cleanup();
        return;
      }
      // Where a reconnection resumes if nothing happens before the stream is cut.
      send(`id: ${horizon}\nevent: ready\ndata: {}\n\n`);
      unwatch = watchArticle(articleId, () => void read());
      const check = async () => {
        const user = await recheck().catch(() => undefined);
        if (user === null) {
          send("event: signed-out\ndata: {}\n\n");
          cleanup();
          return;
        }
        // Not hearing notifications (the listening connection is down or not up yet): look anyway.
        if (!isListening(ACTIVITY_CHANNEL)) void read();
        later(() => void check(), checkEveryMs);
      };
      const heartbeat = () => {
        send(": keep-alive\n\n");
        later(heartbeat, heartbeatEveryMs);
      };
      later(() => void check(), checkEveryMs);
      later(heartbeat, heartbeatEveryMs);
      await read();
    },
    cancel() {
      cleanup();
    },
  });
}
