import "server-only";
import { describeRange } from "@/lib/anchoring/describe-range";
import { findQuoteOccurrence } from "@/lib/anchoring/find-quote";
import type { ClaimDto } from "@/lib/dto";
import { assertCan } from "@/lib/permissions";
import type { TCreateClaim } from "@/lib/validation/claim";
import { recordActivity } from "../activity/record-activity";
import { lockArticle } from "../articles/lock-article";
import type { SessionUser } from "../auth/current-user";
import { getDb } from "../db";
import { claimSelect, toClaimDto } from "../select";

export type CreateClaimOptions = { actor: SessionUser; articleId: string; input: TCreateClaim };

/** Anchors a new claim to a quote (by occurrence) or to offsets in the article's text. */
export async function createClaim({ actor, articleId, input }: CreateClaimOptions): Promise<ClaimDto> {
  assertCan(actor, "claim:write");
  return getDb().$transaction(async (tx) => {
    const article = await lockArticle(tx, articleId, input.articleVersion);
    const start = input.quote !== undefined ? findQuoteOccurrence(article.text, input.quote, input.occurrence) : input.start!;
    const end = input.quote !== undefined ? start + input.quote.length : input.end!;
    const anchor = describeRange(article.text, start, end);
    const status = input.status ?? "unchecked";
    const claim = await tx.claim.create({
      data: {
        articleId,
        kind: input.kind,
        status,
        note: input.note ?? "",
        start,
        end,
        quote: anchor.quote.exact,
        prefix: anchor.quote.prefix,
        suffix: anchor.quote.suffix,
        createdById: actor.id,
        updatedById: actor.id,
        ...(status !== "unchecked" ? { statusChangedById: actor.id, statusChangedAt: new Date() } : {}),
      },
      select: claimSelect,
    });
    await recordActivity(tx, {
      actorId: actor.id,
      entityType: "claim",
      entityId: claim.id,
      articleId,
      claimId: claim.id,
      action: "claim.created",
      after: { kind: claim.kind, status: claim.status, note: claim.note, quote: claim.quote, start, end },
    });
    return toClaimDto(claim);
  });
}
