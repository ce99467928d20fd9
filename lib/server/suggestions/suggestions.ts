import "server-only";
import { createHash } from "node:crypto";
import { describeRange } from "@/lib/anchoring/describe-range";
import type { ClaimDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { SuggestionKind } from "@/lib/suggestions/extract";
import { buildSuggestions, dismissalKey, type Coverage, type Suggestion } from "@/lib/suggestions/suggestions";
import type { Prisma } from "@/generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { lockArticle } from "../articles/lock-article";
import type { SessionUser } from "../auth/current-user";
import { getDb } from "../db";
import { claimDocumentOrder, claimSelect, toClaimDto } from "../select";

export type SuggestionsResult = { articleVersion: number; suggestions: Suggestion[]; coverage: Coverage };

/** What the article's text and its claims and dismissals give, read in one consistent pass. */
async function computeSuggestions(db: Prisma.TransactionClient, articleId: string, text: string): Promise<Omit<SuggestionsResult, "articleVersion">> {
  const [claims, dismissals] = await Promise.all([
    db.claim.findMany({ where: { articleId, start: { not: null } }, select: { start: true, end: true } }),
    db.suggestionDismissal.findMany({ where: { articleId }, select: { kind: true, quote: true } }),
  ]);
  return buildSuggestions({
    text,
    claims: claims.map((claim) => ({ start: claim.start!, end: claim.end! })),
    dismissed: new Set(dismissals.map((dismissal) => dismissalKey(dismissal.kind as SuggestionKind, dismissal.quote))),
  });
}

export async function listSuggestions({ actor, articleId }: { actor: SessionUser; articleId: string }): Promise<SuggestionsResult> {
  assertCan(actor, "article:read");
  const article = await getDb().article.findUnique({ where: { id: articleId }, select: { text: true, version: true } });
  if (!article) throw notFound("Article", articleId);
  return { articleVersion: article.version, ...(await computeSuggestions(getDb(), articleId, article.text)) };
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
    const { suggestions } = await computeSuggestions(tx, articleId, article.text);
    let chosen: Suggestion[];
    if ("ids" in options) {
      const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
      const missing = options.ids.filter((id) => !byId.has(id));
      if (missing.length > 0) {
        throw new AppError("NOT_FOUND", `Suggestion ${missing.join(", ")} is no longer open in article ${articleId}: the text changed, or it was accepted or dismissed. Reload the suggestions.`);
      }
      chosen = options.ids.map((id) => byId.get(id)!);
    } else {
      chosen = suggestions.filter((suggestion) => suggestion.kind === options.kind);
    }
    if (chosen.length === 0) return [];
    const created = await tx.claim.createManyAndReturn({
      data: chosen.map((suggestion) => {
        const anchor = describeRange(article.text, suggestion.start, suggestion.end);
        return {
          articleId,
          kind: suggestion.kind,
          start: suggestion.start,
          end: suggestion.end,
          quote: anchor.quote.exact,
          prefix: anchor.quote.prefix,
          suffix: anchor.quote.suffix,
          note: suggestion.detail && suggestion.kind === "quote" ? `Suggested: ${suggestion.detail}.` : "",
          createdById: actor.id,
          updatedById: actor.id,
        };
      }),
      select: { id: true, kind: true, status: true, quote: true, start: true, end: true },
    });
    await tx.activityEvent.createMany({
      data: created.map((claim) => ({
        actorId: actor.id,
        entityType: "claim",
        entityId: claim.id,
        articleId,
        claimId: claim.id,
        action: "claim.created",
        after: { kind: claim.kind, status: claim.status, quote: claim.quote, start: claim.start, end: claim.end, from: "suggestion" },
      })),
    });
    const rows = await tx.claim.findMany({ where: { id: { in: created.map((claim) => claim.id) } }, orderBy: claimDocumentOrder, select: claimSelect });
    return rows.map(toClaimDto);
  });
}

/** Dismisses a suggestion: those words are not proposed again as that kind in this article. */
export async function dismissSuggestion({ actor, articleId, id }: { actor: SessionUser; articleId: string; id: string }): Promise<void> {
  assertCan(actor, "claim:write");
  await getDb().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    const { suggestions } = await computeSuggestions(tx, articleId, article.text);
    const suggestion = suggestions.find((candidate) => candidate.id === id);
    if (!suggestion) throw new AppError("NOT_FOUND", `Suggestion ${id} is no longer open in article ${articleId}. Reload the suggestions.`);
    await tx.suggestionDismissal.createMany({
      data: [{ articleId, kind: suggestion.kind, quote: suggestion.quote, quoteHash: createHash("sha256").update(suggestion.quote).digest("hex"), dismissedById: actor.id }],
      skipDuplicates: true,
    });
    await recordActivity(tx, { actorId: actor.id, entityType: "article", entityId: articleId, articleId, action: "suggestion.dismissed", after: { kind: suggestion.kind, quote: suggestion.quote } });
  });
}
