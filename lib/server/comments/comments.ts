import "server-only";
import { extractMentions } from "@/lib/comments/comment-markdown";
import type { CommentDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan, canDeleteComment, canEditComment } from "@/lib/permissions";
import type { Prisma } from "@/generated/prisma/client";
import type { Activity } from "@/lib/activity/activity-types";
import { activityInsert, activityRows, recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { newId } from "../ids";
import { personSelect } from "../select";
import { insertJsonRows, queryRows, sqlPerson as person, type Statement } from "../sql";
import { notificationInsert, notificationRows, notify, type NewNotification } from "../notifications/notify";

const commentSelect = {
  id: true,
  articleId: true,
  claimId: true,
  replyToId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  author: personSelect,
} satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

function toCommentDto(row: CommentRow): CommentDto {
  return { ...row, createdAt: row.createdAt.toISOString(), editedAt: row.editedAt?.toISOString() ?? null };
}

export async function listComments({ actor, ...target }: { actor: SessionUser } & DiscussionTarget): Promise<CommentDto[]> {
  assertCan(actor, "article:read");
  const db = getDb();
  const [owner, rows] =
    "claimId" in target
      ? await Promise.all([
          db.claim.findUnique({ where: { id: target.claimId }, select: { id: true } }),
          db.comment.findMany({ where: { claimId: target.claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentSelect }),
        ])
      : await Promise.all([
          db.article.findUnique({ where: { id: target.articleId }, select: { id: true } }),
          db.comment.findMany({ where: { articleId: target.articleId, claimId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentSelect }),
        ]);
  if (!owner) throw "claimId" in target ? notFound("Claim", target.claimId) : notFound("Article", target.articleId);
  return rows.map(toCommentDto);
}

const COMMENT_COLUMNS = { id: "text", authorId: "text", body: "text", createdAt: "timestamp(3)" };

/** Where a discussion lives: one claim's thread, or the article's own (comments on no claim). */
export type DiscussionTarget = { claimId: string } | { articleId: string };
type TargetKind = "claim" | "article";
const kindOf = (target: DiscussionTarget): TargetKind => ("claimId" in target ? "claim" : "article");
const idOf = (target: DiscussionTarget) => ("claimId" in target ? target.claimId : target.articleId);

/** SQL: the comment `alias` is in the claim's discussion, or the article's own (on no claim), whose id is $1. */
const inDiscussion = (kind: TargetKind, alias: string) => (kind === "claim" ? `${alias}."claimId" = $1` : `${alias}."articleId" = $1 AND ${alias}."claimId" IS NULL`);

/**
 * The comment, its history entry, the inbox rows of the people it mentions and the answer in one
 * statement; the claim (or article) is held (a key-share lock) so it cannot be deleted underneath,
 * and with no such claim (or article) nothing is written and no row comes back.
 */
const insertComment = (kind: TargetKind): Statement => ({
  name: `insert-${kind}-comment`,
  text: `WITH owner AS (${
    kind === "claim"
      ? `SELECT "id" AS "claimId", "articleId" FROM "Claim" WHERE "id" = $1 FOR KEY SHARE`
      : `SELECT NULL::text AS "claimId", "id" AS "articleId" FROM "Article" WHERE "id" = $1 FOR KEY SHARE`
  }),
  par AS (SELECT "id" FROM "Comment" p WHERE "id" = $5 AND ${inDiscussion(kind, "p")} FOR KEY SHARE),
  written AS (${insertJsonRows("Comment", COMMENT_COLUMNS, 2, {
    from: "owner",
    computed: { articleId: 'owner."articleId"', claimId: 'owner."claimId"', replyToId: '(SELECT "id" FROM par)' },
  })} RETURNING *),
  logged AS (${activityInsert(3, { from: "owner", articleId: 'owner."articleId"' })}),
  told AS (${notificationInsert(4, { from: "owner" })})
  SELECT w."id", w."articleId", w."claimId", w."replyToId", w."body", w."createdAt", w."editedAt", ${person("author")} AS "author" FROM written w JOIN "User" author ON author."id" = w."authorId"`,
});
const INSERT_COMMENT = { claim: insertComment("claim"), article: insertComment("article") };

/** The thread a reply joins (the comment answered, or the one that comment answers) and who started it. */
const replyTarget = (kind: TargetKind): Statement => ({
  name: `${kind}-comment-reply-target`,
  text: `SELECT top."id", top."authorId", p."articleId" FROM "Comment" p
    JOIN "Comment" top ON top."id" = COALESCE(p."replyToId", p."id")
    WHERE p."id" = $2 AND ${inDiscussion(kind, "p")}`,
});
const REPLY_TARGET = { claim: replyTarget("claim"), article: replyTarget("article") };

export async function addComment({ actor, body, replyTo, ...target }: { actor: SessionUser; body: string; replyTo?: string } & DiscussionTarget): Promise<CommentDto> {
  assertCan(actor, "claim:write");
  const kind = kindOf(target);
  const claimId = "claimId" in target ? target.claimId : null;
  const now = new Date();
  const comment = { id: newId(), authorId: actor.id, body, createdAt: now };
  // Its article (the claim's, or the one discussed) is read by the statement.
  const event: Activity = { actorId: actor.id, entityType: "comment", entityId: comment.id, claimId, action: "comment.added", after: { body } };
  // The thread a reply joins and the people mentioned: two reads, side by side, before the one write.
  const [[thread], mentioned] = await Promise.all([
    replyTo ? queryRows<{ id: string; authorId: string; articleId: string }>(REPLY_TARGET[kind], [idOf(target), replyTo]) : Promise.resolve([]),
    mentionNotifications({ target, commentId: comment.id, body, alreadyMentioned: [] }),
  ]);
  if (replyTo && !thread) throw new AppError("UNPROCESSABLE", `replyTo ${replyTo} is not a comment of this discussion.`);
  // The thread's author hears of a reply (unless it is their own, or they were mentioned anyway).
  const replied: NewNotification[] =
    thread && thread.authorId !== actor.id && !mentioned.some((notification) => notification.userId === thread.authorId)
      ? [{ userId: thread.authorId, kind: "reply", articleId: thread.articleId, ...(claimId ? { claimId } : {}), commentId: comment.id, excerpt: body }]
      : [];
  const told = [...mentioned, ...replied];
  const values = [idOf(target), JSON.stringify([comment]), JSON.stringify(activityRows([event], now)), JSON.stringify(notificationRows(actor.id, told, now)), thread?.id ?? null];
  const [row] = await queryRows<CommentRow>(INSERT_COMMENT[kind], values);
  if (!row) throw claimId ? notFound("Claim", claimId) : notFound("Article", idOf(target));
  return toCommentDto(row);
}

/** Only the author edits a comment; the earlier text stays in the history. */
export async function editComment({ actor, commentId, body }: { actor: SessionUser; commentId: string; body: string }): Promise<CommentDto> {
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    const current = await loadComment(tx, commentId);
    if (!canEditComment(actor, current)) throw new AppError("FORBIDDEN", "Only the author can edit a comment.");
    const comment = await tx.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() }, select: commentSelect });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "comment",
      entityId: commentId,
      articleId: current.articleId,
      claimId: current.claimId,
      action: "comment.edited",
      before: { body: current.body },
      after: { body },
    });
    const target: DiscussionTarget = current.claimId ? { claimId: current.claimId } : { articleId: current.articleId };
    await notify(tx, actor.id, await mentionNotifications({ target, commentId, body, alreadyMentioned: extractMentions(current.body) }, tx));
    return toCommentDto(comment);
  });
}

/** The author or an admin deletes a comment; the history keeps what it said. */
export async function deleteComment({ actor, commentId }: { actor: SessionUser; commentId: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const current = await loadComment(tx, commentId);
    if (!canDeleteComment(actor, current)) throw new AppError("FORBIDDEN", "Only the author or an admin can delete a comment.");
    await tx.comment.delete({ where: { id: commentId } });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "comment",
      entityId: commentId,
      articleId: current.articleId,
      claimId: current.claimId,
      action: "comment.deleted",
      before: { body: current.body, authorId: current.authorId },
    });
  });
}

export async function setThreadResolved({ actor, claimId, resolved }: { actor: SessionUser; claimId: string; resolved: boolean }) {
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
    if (!claim) throw notFound("Claim", claimId);
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: resolved ? { threadResolvedAt: new Date(), threadResolvedById: actor.id } : { threadResolvedAt: null, threadResolvedById: null },
      select: { threadResolvedAt: true, threadResolvedBy: personSelect },
    });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "claim",
      entityId: claimId,
      articleId: claim.articleId,
      claimId,
      action: resolved ? "claim.thread_resolved" : "claim.thread_reopened",
    });
    return { threadResolvedAt: updated.threadResolvedAt?.toISOString() ?? null, threadResolvedBy: updated.threadResolvedBy };
  });
}

async function loadComment(tx: Prisma.TransactionClient, commentId: string) {
  const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { authorId: true, body: true, articleId: true, claimId: true } });
  if (!comment) throw notFound("Comment", commentId);
  return comment;
}

type MentionOptions = { target: DiscussionTarget; commentId: string; body: string; alreadyMentioned: string[] };

const MENTION_TARGETS: Statement = {
  name: "mention-targets",
  text: `SELECT COALESCE((SELECT "articleId" FROM "Claim" WHERE "id" = $1), (SELECT "id" FROM "Article" WHERE "id" = $3)) AS "articleId",
    ARRAY(SELECT "id" FROM "User" WHERE "active" AND "email" ILIKE ANY($2::text[])) AS "userIds"`,
};

const likePattern = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The notifications for each newly mentioned active user (by handle: the part of their email
 * before the @); none for a comment without new mentions, and no statement sent for it.
 */
async function mentionNotifications({ target, commentId, body, alreadyMentioned }: MentionOptions, tx?: Prisma.TransactionClient): Promise<NewNotification[]> {
  const handles = extractMentions(body).filter((handle) => !alreadyMentioned.includes(handle));
  if (handles.length === 0) return [];
  const claimId = "claimId" in target ? target.claimId : null;
  const patterns = handles.map((handle) => `${likePattern(handle)}@%`);
  const [targets] = await queryRows<{ articleId: string | null; userIds: string[] }>(MENTION_TARGETS, [claimId, patterns, "articleId" in target ? target.articleId : null], tx);
  const articleId = targets?.articleId;
  if (!articleId) return [];
  return targets.userIds.map((userId) => ({ userId, kind: "mention", articleId, ...(claimId ? { claimId } : {}), commentId, excerpt: body }));
}
