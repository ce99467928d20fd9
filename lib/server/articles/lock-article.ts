import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notFound, type AppError } from "@/lib/errors/app-error";
import { staleVersion } from "../concurrency";
import { queryRows, type Statement } from "../sql";

export type LockedArticle = { id: string; title: string; text: string; version: number; signedOffAt: Date | null; publicationDate: Date | null };

/** The caller worked on the text of version `sent`; the article is at `current` now. */
export function articleChanged(articleId: string, sent: number, current: number): AppError {
  return staleVersion({ subject: `Article ${articleId}`, sent, current, advice: "Reload it to see their text, then apply your change again." });
}

/**
 * Reads an article and locks its row until the transaction ends, so a text save and the
 * creation of a claim against that text cannot interleave. With `expectedVersion`, a newer
 * version is a conflict: the caller worked on text that has since changed.
 */
export async function lockArticle(tx: Prisma.TransactionClient, articleId: string, expectedVersion?: number): Promise<LockedArticle> {
  const rows = await tx.$queryRaw<LockedArticle[]>`SELECT "id", "title", "text", "version", "signedOffAt", "publicationDate" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
  const article = rows[0];
  if (!article) throw notFound("Article", articleId);
  if (expectedVersion !== undefined && article.version !== expectedVersion) throw articleChanged(articleId, expectedVersion, article.version);
  return article;
}

export type ArticleText = { id: string; text: string; version: number };

const ARTICLE_TEXT: Statement = { name: "article-text", text: `SELECT "id", "text", "version" FROM "Article" WHERE "id" = $1` };

/**
 * The article's text and version, without a lock, for a write of one statement that anchors to
 * it: the write then holds the article at this version (see insertClaimAtVersion), and finds
 * out if it has moved on. With `expectedVersion`, a newer version is a conflict.
 */
export async function readArticleText(articleId: string, expectedVersion?: number): Promise<ArticleText> {
  const [article] = await queryRows<ArticleText>(ARTICLE_TEXT, [articleId]);
  if (!article) throw notFound("Article", articleId);
  if (expectedVersion !== undefined && article.version !== expectedVersion) throw articleChanged(articleId, expectedVersion, article.version);
  return article;
}
