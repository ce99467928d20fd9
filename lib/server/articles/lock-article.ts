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
  rememberText(article);
  if (expectedVersion !== undefined && article.version !== expectedVersion) throw articleChanged(articleId, expectedVersion, article.version);
  return article;
}

// The texts this process has read, by article: its latest version read. A version names one
// text for good (every save of the text makes a new version, kept as its revision), so a text
// remembered under its version is never wrong, only perhaps no longer the article's latest; it is
// used only for a write naming that version, which Postgres checks in the same statement. A
// marking in the workspace then costs one statement instead of two, and the article's whole text
// is not sent again for every claim. Bounded by count and size; kept on globalThis like the
// session users, since route bundles each load this module.
const TEXTS_LIMIT = 256;
const TEXTS_CHAR_LIMIT = 16_000_000;
type RememberedTexts = { byArticle: Map<string, ArticleText>; chars: number };
const globalForTexts = globalThis as unknown as { factdeskArticleTexts?: RememberedTexts };
const remembered: RememberedTexts = (globalForTexts.factdeskArticleTexts ??= { byArticle: new Map(), chars: 0 });

function rememberText(article: ArticleText): void {
  const known = remembered.byArticle.get(article.id);
  if (known && known.version > article.version) return;
  forget(article.id);
  remembered.byArticle.set(article.id, { id: article.id, text: article.text, version: article.version });
  remembered.chars += article.text.length;
  for (const [id] of remembered.byArticle) {
    if (remembered.byArticle.size <= TEXTS_LIMIT && remembered.chars <= TEXTS_CHAR_LIMIT) break;
    forget(id);
  }
}

function forget(articleId: string): void {
  const known = remembered.byArticle.get(articleId);
  if (!known) return;
  remembered.byArticle.delete(articleId);
  remembered.chars -= known.text.length;
}

/**
 * The text of the article at `version` as this process last read it, or undefined when it has
 * not read that version (or has since forgotten it). No round trip: for a write that names the
 * version and has Postgres check it (insertClaimAtVersion, the claim update's re-attachment).
 */
function knownArticleText(articleId: string, version: number): ArticleText | undefined {
  const known = remembered.byArticle.get(articleId);
  if (!known || known.version !== version) return undefined;
  // Most recently used last, so the oldest are forgotten first.
  remembered.byArticle.delete(articleId);
  remembered.byArticle.set(articleId, known);
  return known;
}

/** The article's text at `expectedVersion`: from memory when this process has read that version, else from Postgres (a 409 for another version). */
export async function articleTextAt(articleId: string, expectedVersion: number | undefined): Promise<ArticleText> {
  return (expectedVersion !== undefined ? knownArticleText(articleId, expectedVersion) : undefined) ?? readArticleText(articleId, expectedVersion);
}
