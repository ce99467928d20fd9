import "server-only";
import { isListening, listen } from "../db-listener";
import { newId } from "../ids";
import { articleEventsSince, currentHorizon, type Horizon } from "./article-events";
import { eventStream, type EventStreamOptions } from "./event-stream";
import { arrive, keepAlive, leave as leavePresence, presenceOf } from "./presence";
import { ACTIVITY_CHANNEL, checkInbox, followUser } from "./user-events";

// One Server-Sent Events stream per open workspace. Each app server listens once for
// `factdesk_activity` (a trigger names the article of every appended history entry) and wakes
// that article's room: one read of the activity log for all the streams this server has open on
// the article, each handed the entries that are new to it. The log is the only source: a stream
// cut for any reason resumes with Last-Event-ID from where it stood, on any server, and misses
// nothing.

const PRESENCE_CHANNEL = "factdesk_presence";

const encoder = new TextEncoder();

/** How often a server keeps its streams' presence alive and looks for presence that expired elsewhere (ms). */
const PRESENCE_EVERY_MS = 10_000;

/**
 * A notification wakes the room this long after it arrives (ms): changes that come in a burst
 * (a busy desk, a bulk edit) are read and written to each stream together.
 */
const GATHER_MS = 25;
/**
 * A room reads at most this often (ms): under a stream of changes each read carries several,
 * and every stream gets one write per read, so a busy article costs its followers' server a
 * bounded number of writes a second, not one per change per stream.
 */
const MIN_READ_EVERY_MS = 250;
/** Held back behind a transaction still running: look again this soon (ms). */
const PENDING_RETRY_MS = 50;
/** The database away: try again this soon (ms). */
const ERROR_RETRY_MS = 1_000;

type Follower = {
  cursor: Horizon;
  send: (message: string | Uint8Array) => void;
  /** The stream's presence row. */ tab: string;
  /** The presence list as last sent. */ presence?: string;
};

/** The streams one server has open on one article, and the one read they share. */
class Room {
  readonly followers = new Set<Follower>();
  private reading = false;
  private again = false;
  private retry: NodeJS.Timeout | null = null;
  private lastRead = 0;
  private presenceTimer: NodeJS.Timeout | null = null;
  private presenceSoon: NodeJS.Timeout | null = null;
  private presenceReading: Promise<void> | null = null;

  constructor(private readonly articleId: string) {
    this.presenceTimer = setInterval(() => void this.keepPresence(), PRESENCE_EVERY_MS);
    this.presenceTimer.unref();
  }

  /** Keeps this server's presence rows alive, then hands out who is there (rows of a stopped server expire). */
  private async keepPresence(): Promise<void> {
    await keepAlive([...this.followers].map((follower) => follower.tab)).catch(() => undefined);
    await this.readPresence();
  }

  /** Reads who is there and sends it to each stream it is news to. */
  async readPresence(): Promise<void> {
    if (this.presenceReading) return this.presenceReading;
    this.presenceReading = (async () => {
      try {
        const text = JSON.stringify(await presenceOf(this.articleId));
        const bytes = encoder.encode(`event: presence\ndata: ${text}\n\n`);
        for (const follower of this.followers) {
          if (follower.presence === text) continue;
          follower.presence = text;
          follower.send(bytes);
        }
      } catch {
        // The database away: the next keep-alive looks again.
      } finally {
        this.presenceReading = null;
      }
    })();
    return this.presenceReading;
  }

  /** Someone arrived, left or moved: look soon, together with whatever else changes meanwhile. */
  wakePresence(): void {
    if (this.presenceSoon) return;
    this.presenceSoon = setTimeout(() => {
      this.presenceSoon = null;
      void this.readPresence();
    }, GATHER_MS);
  }

  /** Reads what is new to any follower and hands each what is new to it. */
  async read(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    this.lastRead = Date.now();
    try {
      do {
        this.again = false;
        const followers = [...this.followers];
        if (followers.length === 0) break;
        const since = followers.reduce((lowest, follower) => (BigInt(follower.cursor) < BigInt(lowest) ? follower.cursor : lowest), followers[0]!.cursor);
        const batch = await articleEventsSince(this.articleId, since);
        const messages = batch.events.map(({ txid, ...event }) => ({ txid: BigInt(txid), text: `id: ${batch.horizon}\nevent: activity\ndata: ${JSON.stringify(event)}\n\n` }));
        // Streams at the same position (most of them) get the same bytes, encoded once.
        const byCursor = new Map<Horizon, Uint8Array | null>();
        for (const follower of followers) {
          if (!byCursor.has(follower.cursor)) {
            const cursor = BigInt(follower.cursor);
            const news = messages.filter((message) => message.txid >= cursor).map((message) => message.text);
            byCursor.set(follower.cursor, news.length > 0 ? encoder.encode(news.join("")) : null);
          }
          // One write per stream per read, however many entries it carries.
          const bytes = byCursor.get(follower.cursor);
          if (bytes) follower.send(bytes);
          // A batch cut short ends below a follower that was already further on: never move one back.
          if (BigInt(batch.horizon) > BigInt(follower.cursor)) follower.cursor = batch.horizon;
        }
        if (!batch.complete) this.again = true;
        else if (batch.pending) this.later(this.soonest(PENDING_RETRY_MS));
      } while (this.again);
    } catch {
      this.later(ERROR_RETRY_MS);
    } finally {
      this.reading = false;
    }
  }

  /** In `ms`, or later to keep reads MIN_READ_EVERY_MS apart. */
  private soonest(ms: number): number {
    return Math.max(ms, this.lastRead + MIN_READ_EVERY_MS - Date.now());
  }

  /** Reads soon, together with whatever else arrives meanwhile. */
  wake(): void {
    this.later(this.soonest(GATHER_MS));
  }

  private later(ms: number): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.read();
    }, ms);
  }

  close(): void {
    if (this.retry) clearTimeout(this.retry);
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    if (this.presenceSoon) clearTimeout(this.presenceSoon);
    this.retry = this.presenceTimer = this.presenceSoon = null;
  }
}

type Hub = { rooms: Map<string, Room>; subscribed: boolean };
const globalForHub = globalThis as unknown as { factdeskActivityHub?: Hub };
const hub: Hub = (globalForHub.factdeskActivityHub ??= { rooms: new Map(), subscribed: false });

function join(articleId: string, follower: Follower): { room: Room; leave: () => void } {
  if (!hub.subscribed) {
    hub.subscribed = true;
    listen(ACTIVITY_CHANNEL, {
      onNotify: (changed) => hub.rooms.get(changed)?.wake(),
      onReset: () => {
        for (const room of hub.rooms.values()) void room.read();
      },
    });
    listen(PRESENCE_CHANNEL, {
      onNotify: (changed) => hub.rooms.get(changed)?.wakePresence(),
      onReset: () => {
        for (const room of hub.rooms.values()) void room.readPresence();
      },
    });
  }
  const room = hub.rooms.get(articleId) ?? new Room(articleId);
  hub.rooms.set(articleId, room);
  room.followers.add(follower);
  return {
    room,
    leave: () => {
      room.followers.delete(follower);
      if (room.followers.size === 0 && hub.rooms.get(articleId) === room) {
        room.close();
        hub.rooms.delete(articleId);
      }
    },
  };
}

/** How many streams this process has open. */
export function openStreams(): number {
  let count = 0;
  for (const room of hub.rooms.values()) count += room.followers.size;
  return count;
}

export type ArticleStreamOptions = {
  articleId: string;
  /** Who follows the stream (their presence on the article, their inbox). */
  userId: string;
  /** Last-Event-ID: resume from there; null: from now on. */
  since: Horizon | null;
} & Omit<EventStreamOptions, "follow">;

/**
 * The article's activity and presence, and the user's inbox count, on one stream. A cut
 * stream resumes from its last id (the activity log's position) and misses nothing.
 */
export function articleStream({ articleId, userId, since, ...stream }: ArticleStreamOptions): ReadableStream<Uint8Array> {
  return eventStream({
    ...stream,
    follow: async (send, closed) => {
      const tab = newId();
      const [now] = await Promise.all([currentHorizon(), arrive(tab, articleId, userId)]);
      const leaveAll = () => void leavePresence(tab).catch(() => undefined);
      if (closed()) return { leave: leaveAll };
      // An id from this database's future (one from before a restore) resumes from now.
      const cursor = since !== null && BigInt(since) <= BigInt(now) ? since : now;
      // Where a reconnection resumes if nothing happens before the stream is cut, and `tab`:
      // this stream's presence, which the browser names when it says what it looks at.
      send(`id: ${cursor}\nevent: ready\ndata: ${JSON.stringify({ tab })}\n\n`);
      const joined = join(articleId, { cursor, send, tab });
      const leaveInbox = followUser(userId, send, { desk: false });
      // Who is here, for this stream now (the others hear of its arrival by notification).
      void joined.room.readPresence();
      // A resumed stream catches up now; a new one has nothing to read yet.
      if (cursor !== now) void joined.room.read();
      return {
        leave: () => {
          joined.leave();
          leaveInbox();
          leaveAll();
        },
        onCheck: () => {
          // Not hearing notifications (the listening connection is down or not up yet): look anyway.
          if (!isListening(ACTIVITY_CHANNEL)) void joined.room.read();
          if (!isListening(PRESENCE_CHANNEL)) void joined.room.readPresence();
          checkInbox(userId);
        },
      };
    },
  });
}
