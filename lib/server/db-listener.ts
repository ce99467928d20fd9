import "server-only";
import pg from "pg";
import { serverEnv } from "./env";

// One connection per process listening for Postgres notifications (LISTEN/NOTIFY), shared by
// everything that must hear of changes made by other app servers. While it is down nobody may
// trust what they remembered: each subscriber is told to forget (`onReset`), and `isListening`
// says false until the connection is back and listening again.

/** `onReset`: notifications may have been missed (the connection dropped, or listening just began). */
export type Subscriber = { onNotify: (payload: string) => void; onReset: () => void };

const RECONNECT_MS = 1_000;

// Kept on globalThis: route bundles may each load this module, and there is one connection per process.
type ListenerState = { subscribers: Map<string, Set<Subscriber>>; confirmed: Set<string>; client: pg.Client | null; retry: NodeJS.Timeout | null; stopped: boolean };
const globalForListener = globalThis as unknown as { factdeskListener?: ListenerState };
const state: ListenerState = (globalForListener.factdeskListener ??= { subscribers: new Map(), confirmed: new Set(), client: null, retry: null, stopped: false });
const { subscribers, confirmed } = state;

/** Hears `channel` from now on (starting the connection if needed); returns the way to stop. */
export function listen(channel: string, subscriber: Subscriber): () => void {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
  state.stopped = false;
  const known = subscribers.get(channel);
  if (known) known.add(subscriber);
  else {
    subscribers.set(channel, new Set([subscriber]));
    if (state.client) void listenOn(state.client, channel);
  }
  if (!state.client && !state.retry) connect();
  return () => subscribers.get(channel)?.delete(subscriber);
}

/** Whether a notification sent on `channel` now will reach this process. */
export function isListening(channel: string): boolean {
  return confirmed.has(channel);
}

/** Closes the connection (scripts and tests, when they are done; the server, when it stops). */
export async function stopListening(): Promise<void> {
  state.stopped = true;
  if (state.retry) clearTimeout(state.retry);
  state.retry = null;
  await lost(state.client);
}

function connect(): void {
  state.retry = null;
  const connection = new pg.Client({ connectionString: serverEnv().DATABASE_URL });
  state.client = connection;
  connection.on("notification", (message) => {
    for (const subscriber of subscribers.get(message.channel) ?? []) subscriber.onNotify(message.payload ?? "");
  });
  connection.on("error", () => void lost(connection));
  connection.on("end", () => void lost(connection));
  connection.connect().then(
    () => Promise.all([...subscribers.keys()].map((channel) => listenOn(connection, channel))),
    () => lost(connection),
  );
}

async function listenOn(connection: pg.Client, channel: string): Promise<void> {
  try {
    await connection.query(`LISTEN ${channel}`);
    if (state.client !== connection) return;
    confirmed.add(channel);
    // Whatever happened before this moment was not heard: let subscribers catch up.
    for (const subscriber of subscribers.get(channel) ?? []) subscriber.onReset();
  } catch {
    await lost(connection);
  }
}

/** The connection is gone (or being closed): forget, close it, and try again in a moment unless stopped. */
async function lost(connection: pg.Client | null): Promise<void> {
  if (!connection || state.client !== connection) return;
  state.client = null;
  confirmed.clear();
  for (const channel of subscribers.values()) for (const subscriber of channel) subscriber.onReset();
  if (!state.stopped) {
    state.retry = setTimeout(connect, RECONNECT_MS);
    state.retry.unref();
  }
  await connection.end().catch(() => undefined);
}
