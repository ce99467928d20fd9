import "server-only";
import type { ArticleDto, ArticleWithBodyDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { queryRows, sqlPerson as person, type Statement } from "../sql";
import { type ArticleRow, toArticleDto } from "./article-select";

export type GetArticleOptions = { actor: SessionUser; articleId: string };

/** The columns of `articleSelect`, in one statement (Prisma would add one per person). */
const SELECT_ARTICLE = `SELECT a."id", a."title", a."text", a."version", a."state"::text AS "state", a."signedOffAt", a."publishedUrl", a."coverageWaiver", a."publicationDate",
  ${person("lead")} AS "leadChecker", ${person("signer")} AS "signedOffBy", a."createdAt", a."updatedAt", ${person("creator")} AS "createdBy", ${person("updater")} AS "updatedBy"`;
const FROM_ARTICLE = `FROM "Article" a
  LEFT JOIN "User" lead ON lead."id" = a."leadCheckerId" LEFT JOIN "User" signer ON signer."id" = a."signedOffById"
  LEFT JOIN "User" creator ON creator."id" = a."createdById" LEFT JOIN "User" updater ON updater."id" = a."updatedById"
  WHERE a."id" = $1`;
const ARTICLE: Statement = { name: "article-by-id", text: `${SELECT_ARTICLE} ${FROM_ARTICLE}` };
const ARTICLE_WITH_BODY: Statement = { name: "article-with-body-by-id", text: `${SELECT_ARTICLE}, a."body" ${FROM_ARTICLE}` };

export async function getArticle({ actor, articleId }: GetArticleOptions): Promise<ArticleDto> {
  assertCan(actor, "article:read");
  const [row] = await queryRows<ArticleRow>(ARTICLE, [articleId]);
  if (!row) throw notFound("Article", articleId);
  return toArticleDto(row);
}

/** The article with its editor document, for the workspace page. */
export async function getArticleWithBody({ actor, articleId }: GetArticleOptions): Promise<ArticleWithBodyDto> {
  assertCan(actor, "article:read");
  const [row] = await queryRows<ArticleRow & { body: ArticleWithBodyDto["body"] }>(ARTICLE_WITH_BODY, [articleId]);
  if (!row) throw notFound("Article", articleId);
  const { body, ...rest } = row;
  return { ...toArticleDto(rest), body };
}

/** Throws NOT_FOUND unless the article exists; used before reading its claims. */
export async function assertArticleExists(articleId: string): Promise<void> {
  const row = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!row) throw notFound("Article", articleId);
}
