"use client";
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { LiveEvent } from "@/lib/live/live-event";
import type { PresenceEntry } from "@/lib/live/presence";

// One live stream per browser tab, kept by the desk's layout across page changes: an article's
// stream while its workspace is open, the desk's stream on every other page. Both carry the
// Inbox count; the article's carries its activity and presence, the desk's which articles
// changed. The browser's EventSource reconnects by itself and sends Last-Event-ID, so a cut
// article stream resumes where it stood; when the browser gives up (a proxy's error page), the
// stream is opened again from its last id.

/** "reconnecting": cut; the browser is reconnecting (and resumes where it stood). */
export type StreamStatus = "connecting" | "live" | "reconnecting" | "signed-out" | "closed";

type ArticleFollow = { articleId: string; since: string; onEvents: (events: LiveEvent[]) => void };

type LiveState = { status: StreamStatus; unread: number; tab: string | null; presence: PresenceEntry[] };

type LiveContextValue = LiveState & {
  /** Follows an article (its workspace is open) until the returned function is called. */
  followArticle: (follow: ArticleFollow) => () => void;
  /** Hears which articles changed (pages listing them) until the returned function is called. */
  onDeskChange: (listener: (articles: string[]) => void, since: string) => () => void;
};

const LiveContext = createContext<LiveContextValue | null>(null);

/** Events that arrive within this long of each other are handled together (ms). */
const GATHER_MS = 120;

class LiveConnection {
  private follow: ArticleFollow | null = null;
  private readonly deskListeners = new Set<(articles: string[]) => void>();
  private stream: EventSource | null = null;
  private key: string | null = null;
  private batch: LiveEvent[] = [];
  private batchFor: ArticleFollow | null = null;
  /** The earliest read of a listing page the desk stream may not cover yet. */
  private deskSince: string | null = null;
  /** Where the open desk stream started: `since` it was opened with, and the horizon its `ready` gave. */
  private openedSince: string | null = null;
  private deskHorizon: string | null = null;
  private gather: ReturnType<typeof setTimeout> | null = null;
  private reopen: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  /** Whether this stream was ready before (a later `ready` is a reconnection). */
  private wasReady = false;
  /** Where the followed article's stream stands (its last event id). */
  private position: string | null = null;

  constructor(private readonly update: (change: Partial<LiveState>) => void) {}

  /** Opens the stream this tab needs now (the article's, or the desk's), unless it is open. */
  reconcile(): void {
    const follow = this.follow;
    const key = follow ? `article:${follow.articleId}:${follow.since}` : "desk";
    if (key === this.key && this.stream) return;
    if (key !== this.key) {
      this.position = follow?.since ?? null;
      this.failures = 0;
      this.wasReady = false;
    }
    this.key = key;
    this.open();
  }

  private open(): void {
    this.stop();
    const follow = this.follow;
    const url = follow
      ? `/api/articles/${encodeURIComponent(follow.articleId)}/events?since=${encodeURIComponent(this.position ?? follow.since)}`
      : `/api/events${this.deskSince ? `?since=${encodeURIComponent(this.deskSince)}` : ""}`;
    if (!follow) {
      this.openedSince = this.deskSince;
      this.deskSince = this.deskHorizon = null;
    }
    const stream = new EventSource(url);
    this.stream = stream;
    this.update({ status: this.failures > 0 ? "reconnecting" : "connecting", tab: null, presence: [] });
    const data = (message: Event) => JSON.parse((message as MessageEvent<string>).data) as unknown;
    stream.addEventListener("ready", (message) => {
      this.failures = 0;
      if ((message as MessageEvent<string>).lastEventId) this.position = (message as MessageEvent<string>).lastEventId;
      this.update({ status: "live", tab: (data(message) as { tab?: string }).tab ?? null });
      if (!follow) {
        // Lists may have missed changes while the stream was cut: they read again.
        if (this.wasReady) for (const listener of this.deskListeners) listener([]);
        this.deskHorizon = (data(message) as { horizon?: string }).horizon ?? null;
        this.coverDeskSince();
      }
      this.wasReady = true;
    });
    stream.addEventListener("activity", (message) => {
      this.position = (message as MessageEvent<string>).lastEventId || this.position;
      this.batch.push(data(message) as LiveEvent);
      this.batchFor = follow;
      this.gather ??= setTimeout(() => this.flush(), GATHER_MS);
    });
    stream.addEventListener("presence", (message) => this.update({ presence: data(message) as PresenceEntry[] }));
    stream.addEventListener("inbox", (message) => this.update({ unread: (data(message) as { unread: number }).unread }));
    stream.addEventListener("desk", (message) => {
      const { articles } = data(message) as { articles: string[] };
      for (const listener of this.deskListeners) listener(articles);
    });
    stream.addEventListener("signed-out", () => {
      this.stop();
      this.update({ status: "signed-out", tab: null, presence: [] });
    });
    stream.addEventListener("error", () => {
      this.update({ status: "reconnecting", tab: null });
      if (stream.readyState !== EventSource.CLOSED) return;
      // The browser gave up: open again from where the stream stood, waiting longer after each failure.
      this.failures += 1;
      this.reopen = setTimeout(() => this.open(), Math.min(30_000, 1_000 * 2 ** Math.min(this.failures, 5)));
    });
  }

  /** Hands the gathered events on (to the workspace still following the article they are about). */
  private flush(): void {
    if (this.gather) clearTimeout(this.gather);
    this.gather = null;
    const events = this.batch;
    this.batch = [];
    if (events.length > 0 && this.batchFor === this.follow) this.follow?.onEvents(events);
  }

  private stop(): void {
    this.stream?.close();
    this.stream = null;
    if (this.reopen) clearTimeout(this.reopen);
    this.reopen = null;
    // Events already received count (the stream's position is past them): never dropped.
    this.flush();
  }

  /** Follows an article until the returned function is called (then the desk again). */
  followArticle(follow: ArticleFollow): () => void {
    this.follow = follow;
    // The layout's effect opens the stream on the first render; later pages switch it at once.
    queueMicrotask(() => this.reconcile());
    return () => {
      if (this.follow !== follow) return;
      this.follow = null;
      queueMicrotask(() => this.reconcile());
    };
  }

  /** `since`: where the listening page's own read stood; the desk stream makes sure it tells of every change from there. */
  onDeskChange(listener: (articles: string[]) => void, since: string): () => void {
    if (this.deskSince === null || BigInt(since) < BigInt(this.deskSince)) this.deskSince = since;
    this.deskListeners.add(listener);
    if (!this.follow && this.deskHorizon !== null) this.coverDeskSince();
    return () => void this.deskListeners.delete(listener);
  }

  /**
   * A page read before the open desk stream's horizon (the stream opened while the page was
   * still on its way) may have missed changes in between: the stream opens again from the
   * page's read, and the server announces at once whether anything was logged since.
   */
  private coverDeskSince(): void {
    const since = this.deskSince;
    if (since === null || this.deskHorizon === null) return;
    const covered = BigInt(since) >= BigInt(this.deskHorizon) || (this.openedSince !== null && BigInt(this.openedSince) <= BigInt(since));
    if (covered) this.deskSince = null;
    else {
      // Not a cut: the server says itself whether the page missed anything.
      this.wasReady = false;
      this.open();
    }
  }

  close(): void {
    this.stop();
    this.key = null;
  }
}

export function LiveProvider({ unread: unreadAtRender, children }: { unread: number; children: React.ReactNode }) {
  const [state, setState] = useState<LiveState>({ status: "connecting", unread: unreadAtRender, tab: null, presence: [] });
  // A page rendered again by the server (router.refresh) brings a fresh count too.
  const [rendered, setRendered] = useState(unreadAtRender);
  if (rendered !== unreadAtRender) {
    setRendered(unreadAtRender);
    setState((current) => ({ ...current, unread: unreadAtRender }));
  }
  // Made at once (not in an effect): a page's effects, which run before the layout's, follow an article through it.
  const [connection] = useState(() => new LiveConnection((change) => setState((current) => ({ ...current, ...change }))));
  useEffect(() => {
    connection.reconcile();
    return () => connection.close();
  }, [connection]);

  const actions = useMemo<Pick<LiveContextValue, "followArticle" | "onDeskChange">>(
    () => ({ followArticle: (follow) => connection.followArticle(follow), onDeskChange: (listener, since) => connection.onDeskChange(listener, since) }),
    [connection],
  );
  const value = useMemo<LiveContextValue>(() => ({ ...state, ...actions }), [state, actions]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

function useLive(): LiveContextValue {
  const live = useContext(LiveContext);
  if (!live) throw new Error("The live desk is only inside the desk's layout.");
  return live;
}

/** The Inbox's unread count, live. */
export function useUnread(): number {
  return useLive().unread;
}

/**
 * Follows an article while the calling workspace is open: `onEvents` gets its activity in
 * batches, from `since` (where the page's own read of the article stood) on.
 */
export function useFollowArticle(articleId: string, since: string, onEvents: (events: LiveEvent[]) => void) {
  const live = useLive();
  const handler = useRef(onEvents);
  useLayoutEffect(() => {
    handler.current = onEvents;
  });
  const { followArticle } = live;
  useEffect(() => followArticle({ articleId, since, onEvents: (events) => handler.current(events) }), [followArticle, articleId, since]);
  return { status: live.status, tab: live.tab, presence: live.presence };
}

/**
 * Calls `onChange` when articles change (the desk's stream; not while an article is followed),
 * from `since` (where the page's own read stood) on.
 */
export function useDeskChanges(since: string, onChange: (articles: string[]) => void): void {
  const { onDeskChange } = useLive();
  const handler = useRef(onChange);
  useLayoutEffect(() => {
    handler.current = onChange;
  });
  useEffect(() => onDeskChange((articles) => handler.current(articles), since), [onDeskChange, since]);
}
