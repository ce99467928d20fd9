import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notFound } from "@/lib/errors/app-error";
import { staleVersion } from "../concurrency";

export type LockedArticle = { id: string; title: string; text: string; version: number; signedOffAt: Date | null; publicationDate: Date | null };

/**
 * Reads an article and locks its row until the transaction ends, so a text save and the
 * creation of a claim against that text cannot interleave. With `expectedVersion`, a newer
 * version is a conflict: the caller worked on text that has since changed.
 */
export async function lockArticle(tx: Prisma.TransactionClient, articleId: string, expectedVersion?: number): Promise<LockedArticle> {
  const rows = await tx.$queryRaw<LockedArticle[]>`SELECT "id", "title", "text", "version", "signedOffAt", "publicationDate" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
  const article = rows[0];
  if (!article) throw notFound("Article", articleId);
  if (expectedVersion !== undefined && article.version !== expectedVersion) {
    throw staleVersion({ subject: `Article ${articleId}`, sent: expectedVersion, current: article.version, advice: "Reload it to see their text, then apply your change again." });
  }
  return article;
}
