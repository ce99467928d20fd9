import "server-only";
import type { ArticleDto, ArticleWithBodyDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { articleSelect, toArticleDto } from "./article-select";

export type GetArticleOptions = { actor: SessionUser; articleId: string };

export async function getArticle({ actor, articleId }: GetArticleOptions): Promise<ArticleDto> {
  assertCan(actor, "article:read");
  const row = await getDb().article.findUnique({ where: { id: articleId }, select: articleSelect });
  if (!row) throw notFound("Article", articleId);
  return toArticleDto(row);
}

/** The article with its editor document, for the workspace page. */
export async function getArticleWithBody({ actor, articleId }: GetArticleOptions): Promise<ArticleWithBodyDto> {
  assertCan(actor, "article:read");
  const row = await getDb().article.findUnique({ where: { id: articleId }, select: { ...articleSelect, body: true } });
  if (!row) throw notFound("Article", articleId);
  const { body, ...rest } = row;
  return { ...toArticleDto(rest), body };
}

/** Throws NOT_FOUND unless the article exists; used before reading its claims. */
export async function assertArticleExists(articleId: string): Promise<void> {
  const row = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!row) throw notFound("Article", articleId);
}
