import "server-only";
import { createHash } from "node:crypto";
import type { ClaimDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { SuggestionKind } from "@/lib/suggestions/extract";
import { buildSuggestions, dismissalKey, type Coverage, type Suggestion } from "@/lib/suggestions/suggestions";
import type { Prisma } from "@/generated/prisma/client";
import { extractSuggestions } from "@/lib/suggestions/extract";
import { recordActivity } from "../activity/record-activity";
import { lockArticle } from "../articles/lock-article";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { articleDay, type ArticleDays, type RegisterDay } from "@/lib/register/article-day";
import { checkArticleAgainstRegister } from "../register/check-article";
import { insertClaims } from "../claims/insert-claims";
import { claimDocumentOrder, claimSelect, toClaimDto } from "../select";

/** `registerDay`: the day the register checked names and titles for, and why that day. */
export type SuggestionsResult = { articleVersion: number; suggestions: Suggestion[]; coverage: Coverage; registerDay: RegisterDay };

type ArticleForSuggestions = { text: string } & ArticleDays;

/**
 * What the article's text, claims, dismissals and the register give. The register speaks for
 * the article's day: its publication date, else the day it was signed off, else today.
 */
async function computeSuggestions(db: Prisma.TransactionClient, articleId: string, article: ArticleForSuggestions): Promise<Omit<SuggestionsResult, "articleVersion">> {
  const raw = extractSuggestions(article.text);
  const day = articleDay(article);
  const [claims, dismissals, flags] = await Promise.all([
    db.claim.findMany({ where: { articleId, start: { not: null } }, select: { start: true, end: true } }),
    db.suggestionDismissal.findMany({ where: { articleId }, select: { kind: true, quote: true } }),
    checkArticleAgainstRegister(db, article.text, raw, day),
  ]);
  const built = buildSuggestions({
    text: article.text,
    raw,
    claims: claims.map((claim) => ({ start: claim.start!, end: claim.end! })),
    dismissed: new Set(dismissals.map((dismissal) => dismissalKey(dismissal.kind as SuggestionKind, dismissal.quote))),
    flags,
  });
  return { ...built, registerDay: { day: day.from, label: day.label } };
}

export async function listSuggestions({ actor, articleId }: { actor: SessionUser; articleId: string }): Promise<SuggestionsResult> {
  assertCan(actor, "article:read");
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { text: true, version: true, signedOffAt: true, publicationDate: true } });
  if (!article) throw notFound("Article", articleId);
  return { articleVersion: article.version, ...(await computeSuggestions(getDb(), articleId, article)) };
}

export type AcceptSuggestionsOptions = { actor: SessionUser; articleId: string } & ({ ids: string[] } | { kind: SuggestionKind });

/**
 * Turns open suggestions into claims of their kind, in one transaction with the article locked,
 * each recorded in its history as accepted from a suggestion. By id, every id must still be
 * open (the text may have changed since the list was read); by kind, all open ones of that kind.
 */
export async function acceptSuggestions(options: AcceptSuggestionsOptions): Promise<ClaimDto[]> {
  const { actor, articleId } = options;
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    const { suggestions } = await computeSuggestions(tx, articleId, article);
    let chosen: Suggestion[];
    if ("ids" in options) {
      const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
      const missing = options.ids.filter((id) => !byId.has(id));
      if (missing.length > 0) {
        throw new AppError(
          "NOT_FOUND",
          `Suggestion ${missing.join(", ")} is no longer open in article ${articleId}: the text changed, or it was accepted or dismissed. Reload the suggestions.`,
        );
      }
      chosen = options.ids.map((id) => byId.get(id)!);
      // Register flags stay listed even where a claim marks the words; a second claim there helps nobody.
      const flagged = chosen.filter((suggestion) => suggestion.kind === "register_flag");
      if (flagged.length > 0) {
        const marked = await tx.claim.findFirst({
          where: { articleId, OR: flagged.map((flag) => ({ start: { lt: flag.end }, end: { gt: flag.start } })) },
          select: { id: true, quote: true },
        });
        if (marked) {
          throw new AppError(
            "UNPROCESSABLE",
            `Claim ${marked.id} (“${marked.quote}”) already marks these words: open it to check the name against the register, and dismiss the flag once that is done.`,
          );
        }
      }
    } else {
      chosen = suggestions.filter((suggestion) => suggestion.kind === options.kind);
    }
    if (chosen.length === 0) return [];
    const created = await insertClaims(tx, {
      actor,
      article: { id: articleId, text: article.text },
      drafts: chosen.map((suggestion) => ({
        start: suggestion.start,
        end: suggestion.end,
        kind: claimKindOf(suggestion),
        hint: suggestion.message ? `Register: ${suggestion.message}` : suggestion.detail && suggestion.kind === "quote" ? `Suggested: ${suggestion.detail}.` : "",
      })),
      from: "suggestion",
    });
    const rows = await tx.claim.findMany({ where: { id: { in: created.map((claim) => claim.id) } }, orderBy: claimDocumentOrder, select: claimSelect });
    return rows.map((row) => toClaimDto(row, actor));
  });
}

/** Dismisses a suggestion: those words are not proposed again as that kind in this article. */
export async function dismissSuggestion({ actor, articleId, id }: { actor: SessionUser; articleId: string; id: string }): Promise<void> {
  assertCan(actor, "claim:write");
  await getDb().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    const { suggestions } = await computeSuggestions(tx, articleId, article);
    const suggestion = suggestions.find((candidate) => candidate.id === id);
    if (!suggestion) throw new AppError("NOT_FOUND", `Suggestion ${id} is no longer open in article ${articleId}. Reload the suggestions.`);
    await tx.suggestionDismissal.createMany({
      data: [{ articleId, kind: suggestion.kind, quote: suggestion.quote, quoteHash: createHash("sha256").update(suggestion.quote).digest("hex"), dismissedById: actor.id }],
      skipDuplicates: true,
    });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "article",
      entityId: articleId,
      articleId,
      action: "suggestion.dismissed",
      after: { kind: suggestion.kind, quote: suggestion.quote },
    });
  });
}

/** A register flag becomes a name claim (a misspelt name) or a title claim. */
function claimKindOf(suggestion: Suggestion): SuggestionKind {
  if (suggestion.kind !== "register_flag") return suggestion.kind;
  return suggestion.rule === "near_miss" || suggestion.rule === "wrong_holder" ? "name" : "title";
}
