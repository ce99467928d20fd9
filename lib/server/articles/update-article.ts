import { factKey } from "@/lib/similarity/fact-terms";
import "server-only";
import type { ActivityShapes, ReanchorCounts } from "@/lib/activity/activity-types";
import { reanchorClaims, type AnchorResult } from "@/lib/anchoring/reanchor";
import { isResolved, type AnchorState, type ClaimStatus } from "@/lib/claims/vocabulary";
import { parseContent, parseDocument } from "@/lib/document/parse-content";
import { buildTextModel } from "@/lib/document/text-model";
import type { ArticleDto } from "@/lib/dto";
import { assertCan } from "@/lib/permissions";
import type { TUpdateArticle } from "@/lib/validation/article";
import type { Prisma } from "@/generated/prisma/client";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describeRange } from "@/lib/anchoring/describe-range";
import { recordActivities, recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { articleSelect, toArticleDto } from "./article-select";
import { lockArticle, type LockedArticle } from "./lock-article";
import { notify } from "../notifications/notify";
import { recordTransition } from "./transition-article";

export type UpdateArticleOptions = { actor: SessionUser; articleId: string; input: TUpdateArticle };

export type UpdateArticleResult = { article: ArticleDto; reanchored: ReanchorCounts };

type StoredClaim = {
  id: string;
  start: number | null;
  end: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  status: ClaimStatus;
  anchorState: AnchorState;
  needsRecheck: boolean;
  previousQuote: string | null;
};

/**
 * Saves a new text for the article if `input.version` is still its version: records the
 * revision, re-anchors every claim to the new text, flags checked claims whose words changed,
 * and logs each anchor change. All of it commits together or not at all.
 */
export async function updateArticle({ actor, articleId, input }: UpdateArticleOptions): Promise<UpdateArticleResult> {
  assertCan(actor, "article:edit");
  const doc = input.format === "document" ? parseDocument(input.content) : parseContent(input.format, input.content);
  return getDb().$transaction(
    async (tx) => {
      const current = await lockArticle(tx, articleId, input.version);
      return saveArticleText(tx, { actor, current, doc, title: input.title ?? current.title });
    },
    { timeout: 30_000 },
  );
}

/**
 * A claim whose new place the caller knows (the words an accepted proposal replaced), instead of
 * finding it by re-anchoring. `settled`: the change itself settles the claim's verdict (the caller
 * records it), so it is not flagged to be checked again.
 */
export type PinnedClaim = { claimId: string; start: number; end: number; settled: boolean };

export type SaveArticleTextOptions = {
  actor: SessionUser;
  /** The article, locked by the caller's transaction (lockArticle). */
  current: LockedArticle;
  doc: ProseMirrorNode;
  title: string;
  pinned?: PinnedClaim;
};

/**
 * The save itself, inside the caller's transaction: records the revision, re-anchors every claim
 * to the new text, flags checked claims whose words changed, reopens a checked article, tells
 * whoever must hear of it, and logs each change.
 */
export async function saveArticleText(tx: Prisma.TransactionClient, { actor, current, doc, title, pinned }: SaveArticleTextOptions): Promise<UpdateArticleResult> {
  const articleId = current.id;
  const newText = buildTextModel(doc).text;
  const claims: (StoredClaim & { assigneeId: string | null; statusChangedById: string | null })[] = await tx.claim.findMany({
    where: { articleId },
    select: {
      id: true,
      start: true,
      end: true,
      quote: true,
      prefix: true,
      suffix: true,
      status: true,
      anchorState: true,
      needsRecheck: true,
      previousQuote: true,
      assigneeId: true,
      statusChangedById: true,
    },
  });
  const results = reanchorClaims({ oldText: current.text, newText, anchors: claims });
  const changes = claims.map((claim, index) =>
    claim.id === pinned?.claimId ? planClaimChange(claim, pinnedAnchor(newText, pinned), pinned.settled) : planClaimChange(claim, results[index]!),
  );

  await writeClaimChanges(
    tx,
    changes.filter((change) => change.touched),
  );
  const events = changes.filter((change) => change.logged);
  await recordActivities(
    tx,
    events.map((change) => ({
      actorId: actor.id,
      entityType: "claim",
      entityId: change.id,
      articleId,
      claimId: change.id,
      action: "claim.reanchored",
      before: change.before,
      after: change.after,
    })),
  );

  const version = current.version + 1;
  // Any edit of a checked or signed-off text reopens the check.
  const { state } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { state: true } });
  const reopen = state === "checked" || state === "signed_off";
  const body = doc.toJSON() as Prisma.InputJsonValue;
  const article = await tx.article.update({
    where: { id: articleId },
    data: { title, body, text: newText, version, updatedById: actor.id, ...(reopen ? { state: "in_check", signedOffById: null, signedOffAt: null } : {}) },
    select: articleSelect,
  });
  if (reopen) {
    await recordTransition(tx, { actor, articleId, from: state, to: "in_check", reason: "text edited" });
  }
  // Who must hear of it: the lead checker when the check reopens; whoever holds (or, when
  // nobody is assigned, last judged) a checked claim whose words changed.
  await notify(tx, actor.id, [
    ...(reopen && article.leadChecker ? [{ userId: article.leadChecker.id, kind: "reopened" as const, articleId, excerpt: title }] : []),
    ...changes.flatMap((change, index) => {
      const claim = claims[index]!;
      const recipient = claim.assigneeId ?? claim.statusChangedById;
      return change.needsRecheck && !claim.needsRecheck && recipient ? [{ userId: recipient, kind: "recheck" as const, articleId, claimId: claim.id, excerpt: claim.quote }] : [];
    }),
  ]);
  await tx.articleRevision.create({ data: { articleId, number: version, title, body, text: newText, createdById: actor.id } });
  const reanchored: ReanchorCounts = {
    anchored: changes.filter((change) => change.state === "anchored").length,
    shifted: changes.filter((change) => change.state === "shifted").length,
    orphaned: changes.filter((change) => change.state === "orphaned").length,
    needsRecheck: changes.filter((change) => change.needsRecheck).length,
  };
  await recordActivity(tx, {
    actorId: actor.id,
    entityType: "article",
    entityId: articleId,
    articleId,
    action: "article.edited",
    before: { version: current.version, title: current.title, characters: current.text.length },
    after: { version, title, characters: newText.length, claims: reanchored },
  });
  return { article: toArticleDto(article), reanchored };
}

/** The pinned claim where the caller put it: on exactly the words it now has. */
function pinnedAnchor(text: string, { claimId, start, end }: PinnedClaim): AnchorResult {
  const { quote } = describeRange(text, start, end);
  return { id: claimId, state: "anchored", start, end, quote: quote.exact, prefix: quote.prefix, suffix: quote.suffix, method: "position" };
}

type ClaimChange = {
  id: string;
  state: AnchorState;
  start: number | null;
  end: number | null;
  quote: string;
  prefix: string;
  suffix: string;
  needsRecheck: boolean;
  previousQuote: string | null;
  /** Any stored column changes. */
  touched: boolean;
  /** A change a checker should know of (text, state or recheck flag): logged and versioned. */
  logged: boolean;
  before: ActivityShapes["claim.reanchored"]["before"];
  after: ActivityShapes["claim.reanchored"]["after"];
};

function planClaimChange(claim: StoredClaim, result: AnchorResult, settled = false): ClaimChange {
  const orphaned = result.state === "orphaned";
  const quote = orphaned ? claim.quote : result.quote;
  const quoteChanged = quote !== claim.quote;
  // A checked claim whose words changed must be looked at again; its verdict is kept meanwhile.
  const needsRecheck = !settled && (claim.needsRecheck || (quoteChanged && isResolved(claim.status)));
  const previousQuote = settled ? null : quoteChanged ? (claim.previousQuote ?? claim.quote) : claim.previousQuote;
  const next = {
    state: result.state,
    start: orphaned ? null : result.start,
    end: orphaned ? null : result.end,
    quote,
    prefix: orphaned ? claim.prefix : result.prefix,
    suffix: orphaned ? claim.suffix : result.suffix,
  };
  const logged = quoteChanged || next.state !== claim.anchorState || needsRecheck !== claim.needsRecheck;
  const touched = logged || next.start !== claim.start || next.end !== claim.end || next.prefix !== claim.prefix || next.suffix !== claim.suffix;
  return {
    id: claim.id,
    ...next,
    needsRecheck,
    previousQuote,
    touched,
    logged,
    before: { anchorState: claim.anchorState, quote: claim.quote, start: claim.start, end: claim.end, needsRecheck: claim.needsRecheck },
    after: { anchorState: next.state, quote, start: next.start, end: next.end, needsRecheck },
  };
}

/** One UPDATE for all changed claims, whatever their number. */
async function writeClaimChanges(tx: Prisma.TransactionClient, changes: ClaimChange[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET
      "start" = u."start",
      "end" = u."end",
      "quote" = u."quote",
      "prefix" = u."prefix",
      "suffix" = u."suffix",
      "anchorState" = u."state"::"AnchorState",
      "needsRecheck" = u."recheck",
      "previousQuote" = u."previous",
      "factKey" = coalesce(u."factKey", c."factKey"),
      "version" = c."version" + u."bump",
      "updatedAt" = CASE WHEN u."bump" = 1 THEN now() ELSE c."updatedAt" END
    FROM unnest(
      ${changes.map((change) => change.id)}::text[],
      ${changes.map((change) => change.start)}::int[],
      ${changes.map((change) => change.end)}::int[],
      ${changes.map((change) => change.quote)}::text[],
      ${changes.map((change) => change.prefix)}::text[],
      ${changes.map((change) => change.suffix)}::text[],
      ${changes.map((change) => change.state)}::text[],
      ${changes.map((change) => change.needsRecheck)}::boolean[],
      ${changes.map((change) => change.previousQuote)}::text[],
      ${changes.map((change) => (change.logged ? 1 : 0))}::int[],
      ${changes.map((change) => (change.quote !== change.before.quote ? factKey(change.quote) : null))}::text[]
    ) AS u("id", "start", "end", "quote", "prefix", "suffix", "state", "recheck", "previous", "bump", "factKey")
    WHERE c."id" = u."id"`;
}
