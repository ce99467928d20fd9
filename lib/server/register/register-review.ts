import "server-only";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { personFromQuote } from "@/lib/register/from-claim";
import { normalizeName, normalizeTitle } from "@/lib/register/normalize";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { claimDocumentOrder } from "../select";

/** A verified name or title claim whose person (or title) the register lacks. */
export type RegisterReviewItem = {
  claimId: string;
  quote: string;
  name: string;
  title: string | null;
  /** The entry with that name, when only the title is missing from it. */
  entryId: string | null;
  missing: "person" | "title";
};

/**
 * The article's verified name and title claims the register does not know yet, in document
 * order: people it has no entry for, and titles an entry lacks (or holds only in the past). Two
 * statements whatever the article's size.
 */
export async function registerReview({ actor, articleId }: { actor: SessionUser; articleId: string }): Promise<RegisterReviewItem[]> {
  assertCan(actor, "article:read");
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { claims: { where: { status: "verified", kind: { in: ["name", "title"] } }, select: { id: true, quote: true }, orderBy: claimDocumentOrder } },
  });
  if (!article) throw notFound("Article", articleId);
  const people = article.claims.flatMap((claim) => {
    const person = personFromQuote(claim.quote);
    return person ? [{ claim, person, normalized: normalizeName(person.name) }] : [];
  });
  if (people.length === 0) return [];
  const known = await db.registerName.findMany({
    where: { normalized: { in: [...new Set(people.map((item) => item.normalized))] } },
    select: { normalized: true, entry: { select: { id: true, titles: { select: { normalized: true, to: true } } } } },
  });
  const byName = new Map(known.map((row) => [row.normalized, row.entry]));
  const seen = new Set<string>();
  return people.flatMap(({ claim, person, normalized }): RegisterReviewItem[] => {
    const entry = byName.get(normalized);
    const titleKey = person.title ? normalizeTitle(person.title) : null;
    const missing = !entry ? "person" : titleKey && !entry.titles.some((title) => title.normalized === titleKey && !title.to) ? "title" : null;
    // The same person and title claimed twice is one thing to add.
    const key = `${normalized}\u0000${titleKey ?? ""}`;
    if (!missing || seen.has(key)) return [];
    seen.add(key);
    return [{ claimId: claim.id, quote: claim.quote, name: person.name, title: person.title, entryId: entry?.id ?? null, missing }];
  });
}
