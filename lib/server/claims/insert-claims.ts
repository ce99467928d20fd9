import { factKey } from "@/lib/similarity/fact-terms";
import "server-only";
import type { Activity, ClaimOrigin } from "@/lib/activity/activity-types";
import { describeRange } from "@/lib/anchoring/describe-range";
import type { ClaimKind, ClaimStatus } from "@/lib/claims/vocabulary";
import type { Prisma } from "@/generated/prisma/client";
import { activityInsert, activityRows, recordActivities } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { newId } from "../ids";
import { insertJsonRows, queryRows, type Statement } from "../sql";
import type { ClaimRow } from "../select";
import { claimRowsOf, toClaimRow, type SqlClaimRow } from "./claim-rows";

/** A claim to create on a span of the article's current text. */
export type ClaimDraft = {
  start: number;
  end: number;
  kind: ClaimKind;
  status?: ClaimStatus;
  note?: string;
  /** What the machine said (a suggestion's or the register's message), kept apart from the note. */
  hint?: string;
  /** How many sources the caller adds to it in the same transaction (for the history). */
  sources?: number;
};

export type InsertClaimsOptions = {
  actor: SessionUser;
  /** The article as read (and locked) for this write: the drafts' offsets index its text. */
  article: { id: string; text: string };
  drafts: readonly ClaimDraft[];
  /** Where the claims came from, when not marked by hand. */
  from?: ClaimOrigin;
};

export type InsertedClaim = { id: string; start: number | null; end: number | null };

const CLAIM_COLUMNS = {
  id: "text",
  articleId: "text",
  kind: '"ClaimKind"',
  status: '"ClaimStatus"',
  note: "text",
  hint: "text",
  start: "int",
  end: "int",
  quote: "text",
  prefix: "text",
  suffix: "text",
  factKey: "text",
  createdById: "text",
  updatedById: "text",
  statusChangedById: "text",
  statusChangedAt: "timestamp(3)",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

/**
 * The one way a claim comes to exist: anchored to its span (position, quote and context), its
 * creator and status fields set, and a "claim.created" entry in the activity log. The rows for
 * both, whatever the number of drafts, in the drafts' order.
 */
function claimWrites({ actor, article, drafts, from }: InsertClaimsOptions) {
  const now = new Date();
  const claims = drafts.map((draft) => {
    const anchor = describeRange(article.text, draft.start, draft.end);
    const status = draft.status ?? "unchecked";
    const resolved = status !== "unchecked";
    return {
      id: newId(),
      articleId: article.id,
      kind: draft.kind,
      status,
      note: draft.note ?? "",
      hint: draft.hint ?? "",
      start: draft.start,
      end: draft.end,
      quote: anchor.quote.exact,
      prefix: anchor.quote.prefix,
      suffix: anchor.quote.suffix,
      factKey: factKey(anchor.quote.exact),
      createdById: actor.id,
      updatedById: actor.id,
      statusChangedById: resolved ? actor.id : null,
      statusChangedAt: resolved ? now : null,
      createdAt: now,
      updatedAt: now,
    };
  });
  const events = claims.map((claim, index): Activity => {
    const draft = drafts[index]!;
    return {
      actorId: actor.id,
      entityType: "claim",
      entityId: claim.id,
      articleId: article.id,
      claimId: claim.id,
      action: "claim.created",
      after: {
        kind: claim.kind,
        status: claim.status,
        note: claim.note,
        quote: claim.quote,
        start: claim.start,
        end: claim.end,
        ...(draft.sources !== undefined ? { sources: draft.sources } : {}),
        ...(from ? { from } : {}),
      },
    };
  });
  return { claims, events, now };
}

const INSERT_CLAIMS = insertJsonRows("Claim", CLAIM_COLUMNS, 1);

/**
 * Creates the drafts' claims in the caller's transaction (accepting suggestions, importing
 * annotations), which has locked the article. Two statements, whatever the number of drafts.
 */
export async function insertClaims(tx: Prisma.TransactionClient, options: InsertClaimsOptions): Promise<InsertedClaim[]> {
  if (options.drafts.length === 0) return [];
  const { claims, events } = claimWrites(options);
  await tx.$executeRawUnsafe(INSERT_CLAIMS, JSON.stringify(claims));
  await recordActivities(tx, events);
  return claims.map(({ id, start, end }) => ({ id, start, end }));
}

/**
 * One claim in one statement on its own (marking by hand): written only while the article is
 * still at the version whose text anchored it, which the statement holds for its duration (a
 * shared lock: markings run side by side, a text save waits). Answers with the claim as the API
 * shows it, or null when the article is gone or has moved to another version.
 */
const INSERT_CLAIM_AT_VERSION: Statement = {
  name: "insert-claim-at-version",
  text: `WITH art AS (SELECT "id" FROM "Article" WHERE "id" = $1 AND "version" = $2 FOR SHARE),
  written AS (${insertJsonRows("Claim", CLAIM_COLUMNS, 3, { from: "art" })} RETURNING *),
  logged AS (${activityInsert(4, { from: "art" })})
  ${claimRowsOf("written")}`,
};

export async function insertClaimAtVersion(options: InsertClaimsOptions & { article: { version: number }; drafts: readonly [ClaimDraft] }): Promise<ClaimRow | null> {
  const { claims, events, now } = claimWrites(options);
  const values = [options.article.id, options.article.version, JSON.stringify(claims), JSON.stringify(activityRows(events, now))];
  const [row] = await queryRows<SqlClaimRow>(INSERT_CLAIM_AT_VERSION, values);
  return row ? toClaimRow(row) : null;
}
