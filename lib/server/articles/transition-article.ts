import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ArticleDto } from "@/lib/dto";
import { AppError } from "@/lib/errors/app-error";
import { checkTransition, type ArticleState } from "@/lib/workflow/article-workflow";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { articleSelect, toArticleDto } from "./article-select";
import { loadWorkflowFacts } from "./workflow-facts";
import { lockArticle } from "./lock-article";

export type TransitionArticleOptions = { actor: SessionUser; articleId: string; to: ArticleState };

/**
 * Moves an article through the workflow. The claims are read under the article's row lock, so
 * no claim can be created or re-anchored between the check and the move.
 */
export async function transitionArticle({ actor, articleId, to }: TransitionArticleOptions): Promise<ArticleDto> {
  return getDb().$transaction(async (tx) => {
    await lockArticle(tx, articleId);
    const { state: from } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { state: true } });
    const { claims, policy, article: facts } = await loadWorkflowFacts(tx, articleId);
    const check = checkTransition({ role: actor.role, from, to, claims, policy, article: facts });
    if (!check.ok) throw new AppError(check.code, check.message, check.blockers ? { blockers: check.blockers } : undefined);
    const signingOff = to === "signed_off";
    const article = await tx.article.update({
      where: { id: articleId },
      data: { state: to, ...(signingOff ? { signedOffById: actor.id, signedOffAt: new Date() } : { signedOffById: null, signedOffAt: null }) },
      select: articleSelect,
    });
    // Corrections stay in the memo until sign-off; the signed-off memo is the record of what was left.
    if (signingOff) {
      await tx.claim.updateMany({ where: { articleId, correctedQuote: { not: null } }, data: { correctedQuote: null, correctedStatus: null, version: { increment: 1 } } });
    }
    await recordTransition(tx, { actor, articleId, from, to });
    return toArticleDto(article);
  });
}

/** The history entry of a workflow move, whether asked for or caused (an edit reopening the check). */
export async function recordTransition(
  tx: Prisma.TransactionClient,
  { actor, articleId, from, to, reason }: { actor: SessionUser; articleId: string; from: ArticleState; to: ArticleState; reason?: string },
): Promise<void> {
  await recordActivity(tx, {
    actorId: actor.id,
    entityType: "article",
    entityId: articleId,
    articleId,
    action: "article.transitioned",
    before: { state: from },
    after: reason ? { state: to, reason } : { state: to },
  });
}
