import "server-only";
import type { SessionUser } from "../auth/session-user";

// A Server-Sent Events response that lives as long as the browser keeps it: it tells the
// browser how soon to reconnect, keeps proxies from closing it while idle, checks its user
// again every few seconds (a deactivated or signed-out user's stream ends with `signed-out`),
// and stops following whatever it followed when it ends, however it ends.

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  // Proxies (nginx) must pass events on as they come, not buffer the response.
  "X-Accel-Buffering": "no",
};

export type Following = {
  /** Stops following (the stream ended). */
  leave: () => void;
  /** At each check of the user: look for news not notified (the listening connection was down). */
  onCheck?: () => void;
};

export type EventStreamOptions = {
  /** The stream's user as of now, or null once they may no longer read (deactivated, signed out). */
  recheck: () => Promise<SessionUser | null>;
  signal: AbortSignal;
  /**
   * Starts following (sending the `ready` event and anything to catch up on); null when the
   * stream cannot open (the database away). `closed` says whether the browser left meanwhile.
   */
  follow: (send: (message: string | Uint8Array) => void, closed: () => boolean) => Promise<Following | null>;
  /** How often the user is checked again (ms); a deactivated user's stream ends within this. */
  checkEveryMs?: number;
  /** How often a comment line keeps proxies from closing an idle stream (ms). */
  heartbeatEveryMs?: number;
};

export function eventStream({ recheck, signal, follow, checkEveryMs = 2_000, heartbeatEveryMs = 15_000 }: EventStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // Bytes as they are: a message sent to many streams is encoded once.
      const send = (message: string | Uint8Array) => {
        if (!closed) controller.enqueue(typeof message === "string" ? encoder.encode(message) : message);
      };
      const timers = new Set<NodeJS.Timeout>();
      const later = (work: () => void, ms: number) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          work();
        }, ms);
        timers.add(timer);
      };
      let following: Following | null = null;
      cleanup = () => {
        if (closed) return;
        closed = true;
        for (const timer of timers) clearTimeout(timer);
        following?.leave();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      signal.addEventListener("abort", cleanup);

      send("retry: 2000\n\n");
      const check = async () => {
        const user = await recheck().catch(() => undefined);
        if (user === null) {
          send("event: signed-out\ndata: {}\n\n");
          cleanup();
          return;
        }
        following?.onCheck?.();
        later(() => void check(), checkEveryMs);
      };
      const heartbeat = () => {
        send(": keep-alive\n\n");
        later(heartbeat, heartbeatEveryMs);
      };
      later(() => void check(), checkEveryMs);
      later(heartbeat, heartbeatEveryMs);
      const started = await follow(send, () => closed).catch(() => null);
      if (!started) {
        cleanup();
        return;
      }
      // The browser left while the stream was opening: stop following at once.
      if (closed) started.leave();
      else following = started;
    },
    cancel() {
      cleanup();
    },
  });
}
