import "server-only";
import { findQuoteOccurrence } from "@/lib/anchoring/find-quote";
import type { ClaimDto } from "@/lib/dto";
import { assertCan } from "@/lib/permissions";
import type { TCreateClaim } from "@/lib/validation/claim";
import { lockArticle } from "../articles/lock-article";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { claimDtoInTransaction } from "./claim-rows";
import { insertClaims } from "./insert-claims";

export type CreateClaimOptions = { actor: SessionUser; articleId: string; input: TCreateClaim };

/** Anchors a new claim to a quote (by occurrence) or to offsets in the article's text. */
export async function createClaim({ actor, articleId, input }: CreateClaimOptions): Promise<ClaimDto> {
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId, input.articleVersion);
    const start = input.quote !== undefined ? findQuoteOccurrence(article.text, input.quote, input.occurrence) : input.start!;
    const end = input.quote !== undefined ? start + input.quote.length : input.end!;
    const [claim] = await insertClaims(tx, { actor, article, drafts: [{ start, end, kind: input.kind, status: input.status, note: input.note }] });
    return (await claimDtoInTransaction(tx, claim!.id, actor))!;
  });
}
