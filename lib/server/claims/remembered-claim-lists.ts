import "server-only";
import { USER_CHANGES_CHANNEL } from "../auth/sessions";
import { isListening, listen } from "../db-listener";
import type { ClaimRow } from "../select";
import type { Statement } from "../sql";

// Each app server remembers the claim rows of the articles whose lists it has read, and before
// answering from memory asks Postgres one cheap question: has anything changed since? A list is
// read together with the snapshot its statement saw (pg_current_snapshot). Every write that
// changes what the list shows (a claim, its sources and evidence, comments, proposals) commits
// with its entry in the activity log, stamped with its transaction id (`txid`), the one way
// changes are recorded (record-activity.ts) and the log the live desk streams. So the list is
// unchanged exactly when no entry of the article comes from a transaction that snapshot did not
// see: committed after it, or still running then. That holds whatever the commit order and
// whichever server wrote, with no lock and no counter. The article row itself (its lead checker;
// the article gone) is compared by its row version (xmin and ctid change with every update).
//
// What the log does not cover is people's names in the list: a rename is heard through the
// notification the session cache listens to (sessions.ts), and forgets every list. So lists are
// remembered only while this process is listening, and a read that overlapped a rename is not
// kept. Rows are per article; what a reader may see (confidential sources) is applied per
// request by toClaimDto, never remembered.

/** What a list was read at: the article row's version and the statement's snapshot. */
export type ClaimListMark = { articleRow: string; snapshot: string };

/** SQL columns giving a list's mark, for a statement reading the article aliased `a`. */
export const sqlClaimListMark = (article: string) => `${article}.xmin::text || ' ' || ${article}.ctid::text AS "articleRow", (SELECT pg_current_snapshot()::text) AS "snapshot"`;

/**
 * Whether the article's list may have changed since a snapshot: any of its log entries from a
 * transaction the snapshot did not see. Entries from transactions that had ended before the
 * snapshot was taken (txid below its xmin) are seen by it, so the index on (articleId, txid) is
 * read from xmin on. No row: no such article.
 */
export const CLAIM_LIST_CHANGES: Statement = {
  name: "claim-list-changes",
  text: `SELECT ${sqlClaimListMark("a")},
    EXISTS (SELECT 1 FROM "ActivityEvent" e WHERE e."articleId" = a."id"
      AND e."txid" >= pg_snapshot_xmin($2::pg_snapshot) AND NOT pg_visible_in_snapshot(e."txid", $2::pg_snapshot)) AS "logged"
    FROM "Article" a WHERE a."id" = $1`,
};

export type ClaimListCheck = ClaimListMark & { logged: boolean };

const MAX_ARTICLES = 256;
const MAX_CLAIMS = 50_000;

type RememberedList = ClaimListMark & { rows: readonly ClaimRow[] };
type RememberedLists = { byArticle: Map<string, RememberedList>; claims: number; renames: number; subscribed: boolean };
// On globalThis, as the session cache: route handlers and pages are separate bundles.
const globalForLists = globalThis as unknown as { factdeskClaimLists?: RememberedLists };
const remembered: RememberedLists = (globalForLists.factdeskClaimLists ??= { byArticle: new Map(), claims: 0, renames: 0, subscribed: false });

function forgetAll(): void {
  remembered.renames += 1;
  remembered.byArticle.clear();
  remembered.claims = 0;
}

function hearRenames(): void {
  if (remembered.subscribed) return;
  remembered.subscribed = true;
  listen(USER_CHANGES_CHANNEL, { onNotify: forgetAll, onReset: forgetAll });
}

/** The list remembered for the article, while it can be trusted to need only the log's word. */
export function rememberedClaimList(articleId: string): RememberedList | undefined {
  hearRenames();
  if (!isListening(USER_CHANGES_CHANNEL)) return undefined;
  return remembered.byArticle.get(articleId);
}

/** Where a read starts: pass it to rememberClaimList, which keeps nothing if a rename came between. */
export function claimListReadStarts(): number {
  hearRenames();
  return remembered.renames;
}

/** Keeps what a read found (bounded: the least recently read lists go first). */
export function rememberClaimList(articleId: string, list: RememberedList, readStarted: number): void {
  forgetClaimList(articleId);
  if (remembered.renames !== readStarted || !isListening(USER_CHANGES_CHANNEL) || list.rows.length > MAX_CLAIMS) return;
  while (remembered.byArticle.size >= MAX_ARTICLES || remembered.claims + list.rows.length > MAX_CLAIMS) {
    const oldest = remembered.byArticle.keys().next().value;
    if (oldest === undefined) break;
    forgetClaimList(oldest);
  }
  remembered.byArticle.set(articleId, list);
  remembered.claims += list.rows.length;
}

/**
 * A remembered list confirmed unchanged at a later snapshot: kept under that snapshot (so the
 * next check reads the log from a recent xmin) and as the most recently read.
 */
export function confirmClaimList(articleId: string, list: RememberedList, snapshot: string): void {
  if (remembered.byArticle.get(articleId) !== list) return;
  remembered.byArticle.delete(articleId);
  remembered.byArticle.set(articleId, { ...list, snapshot });
}

export function forgetClaimList(articleId: string): void {
  const known = remembered.byArticle.get(articleId);
  if (!known) return;
  remembered.byArticle.delete(articleId);
  remembered.claims -= known.rows.length;
}
