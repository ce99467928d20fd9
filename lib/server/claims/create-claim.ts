import "server-only";
import { findQuoteOccurrence } from "@/lib/anchoring/find-quote";
import type { ClaimDto } from "@/lib/dto";
import { assertCan } from "@/lib/permissions";
import type { TCreateClaim } from "@/lib/validation/claim";
import { articleChanged, articleTextAt, readArticleText } from "../articles/lock-article";
import type { SessionUser } from "../auth/session-user";
import { toClaimDto } from "../select";
import { insertClaimAtVersion } from "./insert-claims";

export type CreateClaimOptions = { actor: SessionUser; articleId: string; input: TCreateClaim };

/** A save of the text between reading it and writing the claim: read it again, this many times. */
const ATTEMPTS = 3;

/**
 * Anchors a new claim to a quote (by occurrence) or to offsets in the article's text. The claim
 * is written only against the text it was anchored to: with `articleVersion`, a newer text is a
 * conflict; without it, a text saved in between is read again and the claim anchored to it.
 */
export async function createClaim({ actor, articleId, input }: CreateClaimOptions): Promise<ClaimDto> {
  assertCan(actor, "claim:write");
  let article = await articleTextAt(articleId, input.articleVersion);
  for (let attempt = 1; ; attempt += 1) {
    const start = input.quote !== undefined ? findQuoteOccurrence(article.text, input.quote, input.occurrence) : input.start!;
    const end = input.quote !== undefined ? start + input.quote.length : input.end!;
    const draft = { start, end, kind: input.kind, status: input.status, note: input.note };
    const claim = await insertClaimAtVersion({ actor, article, drafts: [draft] });
    if (claim) return toClaimDto(claim, actor);
    // The article moved on (or went: a 404) since that text.
    const now = await readArticleText(articleId);
    if (input.articleVersion !== undefined || attempt === ATTEMPTS) throw articleChanged(articleId, article.version, now.version);
    article = now;
  }
}
