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
/** With the body, and where a live stream must start to miss nothing this read did not see (the read's own snapshot). */
const ARTICLE_WITH_BODY: Statement = {
  name: "article-with-body-by-id",
  text: `${SELECT_ARTICLE}, a."body", pg_snapshot_xmin(pg_current_snapshot())::text AS "liveSince" ${FROM_ARTICLE}`,
};

export async function getArticle({ actor, articleId }: GetArticleOptions): Promise<ArticleDto> {
  assertCan(actor, "article:read");
  const [row] = await queryRows<ArticleRow>(ARTICLE, [articleId]);
  if (!row) throw notFound("Article", articleId);
  return toArticleDto(row);
}

/** The article with its editor document. */
export async function getArticleWithBody(options: GetArticleOptions): Promise<ArticleWithBodyDto> {
  return (await getArticleToFollow(options)).article;
}

/**
 * The article with its editor document, for the workspace, and `liveSince`: the position its
 * live stream opens at, so a change committed after this read is delivered, whatever the timing.
 */
export async function getArticleToFollow({ actor, articleId }: GetArticleOptions): Promise<{ article: ArticleWithBodyDto; liveSince: string }> {
  assertCan(actor, "article:read");
  const [row] = await queryRows<ArticleRow & { body: ArticleWithBodyDto["body"]; liveSince: string }>(ARTICLE_WITH_BODY, [articleId]);
  if (!row) throw notFound("Article", articleId);
  const { body, liveSince, ...rest } = row;
  return { article: { ...toArticleDto(rest), body }, liveSince };
}

/** Throws NOT_FOUND unless the article exists; used before reading its claims. */
export async function assertArticleExists(articleId: string): Promise<void> {
  const row = await getDb().article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!row) throw notFound("Article", articleId);
}
