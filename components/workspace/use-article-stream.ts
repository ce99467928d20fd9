"use client";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { LiveEvent } from "@/lib/live/live-event";
import type { PresenceEntry } from "@/lib/live/presence";

/** "live": events arrive; "reconnecting": cut, the browser is reconnecting (it resumes where it stood). */
export type StreamStatus = "connecting" | "live" | "reconnecting" | "signed-out" | "closed";

/** Events that arrive within this long of each other are handled together (ms). */
const GATHER_MS = 120;

/**
 * The article's live stream, one per tab (an EventSource: the browser reconnects by itself and
 * sends Last-Event-ID, so a cut stream resumes where it stood and misses nothing). `since` is
 * where the page's own read of the article stood. Events reach `onEvents` in batches.
 */
export function useArticleStream(articleId: string, since: string, onEvents: (events: LiveEvent[]) => void) {
  const handler = useRef(onEvents);
  useLayoutEffect(() => {
    handler.current = onEvents;
  });
  const [status, setStatus] = useState<StreamStatus>("connecting");
  /** This tab's open stream (named when saying what it looks at), and who has the article open. */
  const [tab, setTab] = useState<string | null>(null);
  const [presence, setPresence] = useState<PresenceEntry[]>([]);

  useEffect(() => {
    let stream: EventSource | null = null;
    let position = since;
    let batch: LiveEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    let reopen: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    const flush = () => {
      timer = null;
      const events = batch;
      batch = [];
      handler.current(events);
    };
    const open = () => {
      const current = new EventSource(`/api/articles/${encodeURIComponent(articleId)}/events?since=${encodeURIComponent(position)}`);
      stream = current;
      current.addEventListener("ready", (message) => {
        failures = 0;
        if ((message as MessageEvent<string>).lastEventId) position = (message as MessageEvent<string>).lastEventId;
        setTab((JSON.parse((message as MessageEvent<string>).data) as { tab: string }).tab);
        setStatus("live");
      });
      current.addEventListener("presence", (message) => setPresence(JSON.parse((message as MessageEvent<string>).data) as PresenceEntry[]));
      current.addEventListener("activity", (message) => {
        position = (message as MessageEvent<string>).lastEventId || position;
        batch.push(JSON.parse((message as MessageEvent<string>).data) as LiveEvent);
        timer ??= setTimeout(flush, GATHER_MS);
      });
      current.addEventListener("signed-out", () => {
        current.close();
        setStatus("signed-out");
        setPresence([]);
      });
      current.addEventListener("error", () => {
        setTab(null);
        if (current.readyState !== EventSource.CLOSED) {
          setStatus("reconnecting");
          return;
        }
        // The browser gave up (a proxy answered with an error page, say): open again from where
        // this stream stood, waiting longer after each failure.
        setStatus("reconnecting");
        failures += 1;
        reopen = setTimeout(open, Math.min(30_000, 1_000 * 2 ** Math.min(failures, 5)));
      });
    };
    open();
    return () => {
      stream?.close();
      if (timer) clearTimeout(timer);
      if (reopen) clearTimeout(reopen);
    };
  }, [articleId, since]);

  return { status, tab, presence };
}
