import "server-only";
import type { LiveEvent } from "@/lib/live/live-event";
import { isStreamPosition } from "@/lib/validation/article";
import { queryRows, sqlIsoTime as iso, type Statement } from "../sql";

// An article's activity log read as a live stream's events (lib/live/live-event.ts: who did
// what to which entity, never the values).

export type { LiveEvent };

/** Where a stream stands: every entry written by a transaction older than this has been handed out. */
export type Horizon = string;

/** A Last-Event-ID this server could have sent (a 64-bit transaction id), or null. */
export function parseHorizon(text: string): Horizon | null {
  return isStreamPosition(text) ? text : null;
}

/** At most this many entries a read; a stream reads on until it has caught up. */
const BATCH = 200;

const HORIZON: Statement = { name: "activity-horizon", text: `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "horizon"` };

/**
 * The article's entries from transactions at or after `since` and older than every transaction
 * still running (those may yet commit entries, and are handed out once they are done), in the
 * order their transactions began. `pending`: entries already committed but held back behind a
 * transaction still running. `horizon`: where the next read starts; when the batch was cut
 * short, the last entry's transaction (read again from there; ids tell repeats apart).
 * Transaction ids from another cluster (entries restored from a backup, a Last-Event-ID from
 * before the restore) lie in this cluster's future: they are neither waited for nor resumed from.
 */
const EVENTS_SINCE: Statement = {
  name: "article-activity-since",
  text: `WITH h AS (SELECT pg_snapshot_xmin(s) AS "horizon", pg_snapshot_xmax(s) AS "next" FROM pg_current_snapshot() AS s),
  batch AS (
    SELECT e."id", e."action", e."entityType", e."entityId", e."claimId", e."at", e."txid", e."actorId"
    FROM "ActivityEvent" e, h
    WHERE e."articleId" = $1 AND e."txid" >= LEAST($2::text::xid8, h."horizon") AND e."txid" < h."horizon"
    ORDER BY e."txid", e."at", e."id" LIMIT ${BATCH}
  )
  SELECT
    CASE WHEN (SELECT count(*) FROM batch) = ${BATCH} THEN (SELECT max("txid") FROM batch)::text ELSE h."horizon"::text END AS "horizon",
    to_json(ARRAY(
      SELECT json_build_object('txid', b."txid"::text, 'id', b."id", 'action', b."action", 'entityType', b."entityType", 'entityId', b."entityId", 'claimId', b."claimId",
        'at', ${iso('b."at"')}, 'actor', json_build_object('id', u."id", 'name', u."name"))
      FROM batch b JOIN "User" u ON u."id" = b."actorId" ORDER BY b."txid", b."at", b."id"
    )) AS "events",
    EXISTS (SELECT 1 FROM "ActivityEvent" e WHERE e."articleId" = $1 AND e."txid" >= h."horizon" AND e."txid" < h."next") AS "pending"
  FROM h`,
};

const LOGGED_SINCE: Statement = {
  name: "activity-logged-since",
  text: `SELECT EXISTS (SELECT 1 FROM "ActivityEvent" WHERE "txid" >= $1::text::xid8) AS "logged"`,
};

/** Whether anything was logged (on any article) by a transaction at or after `since`. */
export async function loggedSince(since: Horizon): Promise<boolean> {
  const [row] = await queryRows<{ logged: boolean }>(LOGGED_SINCE, [since]);
  return row!.logged;
}

/** Where a new stream starts: from now on. */
export async function currentHorizon(): Promise<Horizon> {
  const [row] = await queryRows<{ horizon: string }>(HORIZON, []);
  return row!.horizon;
}

/** An entry with the transaction that wrote it (which streams it is new to). */
export type LoggedEvent = LiveEvent & { txid: string };

export async function articleEventsSince(articleId: string, since: Horizon): Promise<{ events: LoggedEvent[]; horizon: Horizon; pending: boolean; complete: boolean }> {
  const [row] = await queryRows<{ horizon: string; events: LoggedEvent[]; pending: boolean }>(EVENTS_SINCE, [articleId, since]);
  return { events: row!.events, horizon: row!.horizon, pending: row!.pending, complete: row!.events.length < BATCH };
}
