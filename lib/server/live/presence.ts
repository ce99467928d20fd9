import "server-only";
import type { PresenceEntry } from "@/lib/live/presence";
import { queryRows, type Statement } from "../sql";

// Who has an article open: one row per open stream (a browser tab), written by the app server
// holding the stream and kept alive by it; read with a time-to-live, so any server answers and
// a row left behind by a server that stopped expires on its own.

/** A row not kept alive for this long no longer counts (s). */
export const PRESENCE_TTL_S = 30;

const ARRIVE: Statement = {
  name: "presence-arrive",
  text: `INSERT INTO "Presence" ("id", "articleId", "userId") VALUES ($1, $2, $3)`,
};
const LEAVE: Statement = { name: "presence-leave", text: `DELETE FROM "Presence" WHERE "id" = $1` };
/** Keeps a server's rows alive, and clears rows long expired (a server that stopped leaves them). */
const KEEP_ALIVE: Statement = {
  name: "presence-keep-alive",
  text: `WITH kept AS (UPDATE "Presence" SET "seenAt" = now() WHERE "id" = ANY($1::text[]))
  DELETE FROM "Presence" WHERE "seenAt" < now() - make_interval(secs => ${PRESENCE_TTL_S * 10})`,
};
const SET: Statement = {
  name: "presence-set",
  text: `UPDATE "Presence" SET "claimId" = $4, "editing" = $5, "seenAt" = now() WHERE "id" = $1 AND "articleId" = $2 AND "userId" = $3 RETURNING "id"`,
};
const WHO: Statement = {
  name: "presence-of-article",
  text: `SELECT p."id" AS "tab", u."id" AS "userId", u."name", p."claimId", p."editing"
  FROM "Presence" p JOIN "User" u ON u."id" = p."userId"
  WHERE p."articleId" = $1 AND p."seenAt" > now() - make_interval(secs => ${PRESENCE_TTL_S}) AND u."active"
  ORDER BY u."name", p."id"`,
};

export async function arrive(tab: string, articleId: string, userId: string): Promise<void> {
  await queryRows(ARRIVE, [tab, articleId, userId]);
}

export async function leave(tab: string): Promise<void> {
  await queryRows(LEAVE, [tab]);
}

export async function keepAlive(tabs: readonly string[]): Promise<void> {
  await queryRows(KEEP_ALIVE, [tabs]);
}

/** Says what a tab's person is looking at and whether they are editing; false when the tab is not theirs on this article (or gone). */
export async function setPresence(tab: string, articleId: string, userId: string, state: { claimId: string | null; editing: boolean }): Promise<boolean> {
  const rows = await queryRows(SET, [tab, articleId, userId, state.claimId, state.editing]);
  return rows.length > 0;
}

export async function presenceOf(articleId: string): Promise<PresenceEntry[]> {
  return queryRows<PresenceEntry>(WHO, [articleId]);
}
