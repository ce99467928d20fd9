import "server-only";
import { extractMentions } from "@/lib/comments/comment-markdown";
import type { CommentDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan, canDeleteComment, canEditComment } from "@/lib/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { personSelect } from "../select";
import { notify } from "../notifications/notify";

const commentSelect = { id: true, claimId: true, body: true, createdAt: true, editedAt: true, author: personSelect } satisfies Prisma.CommentSelect;

function toCommentDto(row: Prisma.CommentGetPayload<{ select: typeof commentSelect }>): CommentDto {
  return { ...row, createdAt: row.createdAt.toISOString(), editedAt: row.editedAt?.toISOString() ?? null };
}

export async function listComments({ actor, claimId }: { actor: SessionUser; claimId: string }): Promise<CommentDto[]> {
  assertCan(actor, "article:read");
  const db = getDb();
  const [claim, rows] = await Promise.all([
    db.claim.findUnique({ where: { id: claimId }, select: { id: true } }),
    db.comment.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentSelect }),
  ]);
  if (!claim) throw notFound("Claim", claimId);
  return rows.map(toCommentDto);
}

export async function addComment({ actor, claimId, body }: { actor: SessionUser; claimId: string; body: string }): Promise<CommentDto> {
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
    if (!claim) throw notFound("Claim", claimId);
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body }, select: commentSelect });
    await recordActivity(tx, { actorId: actor.id, entityType: "comment", entityId: comment.id, articleId: claim.articleId, claimId, action: "comment.added", after: { body } });
    await notifyMentioned(tx, { actor, articleId: claim.articleId, claimId, commentId: comment.id, body, alreadyMentioned: [] });
    return toCommentDto(comment);
  });
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
      articleId: current.claim.articleId,
      claimId: current.claimId,
      action: "comment.edited",
      before: { body: current.body },
      after: { body },
    });
    await notifyMentioned(tx, { actor, articleId: current.claim.articleId, claimId: current.claimId, commentId, body, alreadyMentioned: extractMentions(current.body) });
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
      articleId: current.claim.articleId,
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
  const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { authorId: true, body: true, claimId: true, claim: { select: { articleId: true } } } });
  if (!comment) throw notFound("Comment", commentId);
  return comment;
}

type MentionOptions = { actor: SessionUser; articleId: string; claimId: string; commentId: string; body: string; alreadyMentioned: string[] };

/** Each newly mentioned active user (by handle: the part of their email before the @) gets a notification. */
async function notifyMentioned(tx: Prisma.TransactionClient, { actor, articleId, claimId, commentId, body, alreadyMentioned }: MentionOptions) {
  const handles = extractMentions(body).filter((handle) => !alreadyMentioned.includes(handle));
  if (handles.length === 0) return;
  const users = await tx.user.findMany({
    where: { active: true, id: { not: actor.id }, OR: handles.map((handle) => ({ email: { startsWith: `${handle}@`, mode: "insensitive" as const } })) },
    select: { id: true },
  });
  await notify(
    tx,
    actor.id,
    users.map((user) => ({ userId: user.id, kind: "mention", articleId, claimId, commentId, excerpt: body })),
  );
}
