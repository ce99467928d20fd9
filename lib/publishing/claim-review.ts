import type { ClaimDto } from "../dto";
import { isRatedStatus, type RatingScale } from "./rating-scale";

export type ClaimReviewOrganization = { name: string; url: string };

export type ClaimReviewArticle = { title: string; publishedUrl: string; signedOffAt: string | null };

type JsonLd = Record<string, unknown>;

/** A claim that can be published as a fact-check: it has a verdict that no later edit has voided. */
export function isPublishable(claim: Pick<ClaimDto, "status" | "needsRecheck" | "anchorState">): boolean {
  return isRatedStatus(claim.status) && !claim.needsRecheck && claim.anchorState !== "orphaned";
}

/** Why a chosen claim cannot be published, or null. */
export function whyNotPublishable(claim: Pick<ClaimDto, "status" | "needsRecheck" | "anchorState">): string | null {
  if (!isRatedStatus(claim.status)) return "it has no verdict yet";
  if (claim.needsRecheck) return "its text changed since it was checked";
  if (claim.anchorState === "orphaned") return "its text is no longer in the article";
  return null;
}

/**
 * schema.org ClaimReview objects, one per claim, for desks that publish their fact-checks
 * (https://schema.org/ClaimReview; Google's fact-check markup reads the same fields). The claim
 * reviewed is the article's own statement, so the article is its appearance and the desk's
 * organization its author.
 */
export function buildClaimReviews({
  article,
  claims,
  organization,
  scale,
}: {
  article: ClaimReviewArticle;
  claims: Array<Pick<ClaimDto, "id" | "quote" | "status" | "statusChangedAt" | "updatedAt">>;
  organization: ClaimReviewOrganization;
  scale: RatingScale;
}): JsonLd[] {
  const author: JsonLd = { "@type": "Organization", name: organization.name, ...(organization.url ? { url: organization.url } : {}) };
  const articlePublished = article.signedOffAt ? article.signedOffAt.slice(0, 10) : null;
  return claims.flatMap((claim) => {
    if (!isRatedStatus(claim.status)) return [];
    const rating = scale.ratings[claim.status];
    return [
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: `${article.publishedUrl}#claim-${claim.id}`,
        claimReviewed: claim.quote,
        datePublished: (claim.statusChangedAt ?? claim.updatedAt).slice(0, 10),
        author,
        itemReviewed: {
          "@type": "Claim",
          author,
          ...(articlePublished ? { datePublished: articlePublished } : {}),
          appearance: { "@type": "CreativeWork", url: article.publishedUrl, headline: article.title },
        },
        reviewRating: {
          "@type": "Rating",
          ratingValue: rating.ratingValue,
          bestRating: scale.bestRating,
          worstRating: scale.worstRating,
          alternateName: rating.alternateName,
        },
      },
    ];
  });
}

/**
 * JSON-LD that can be pasted into `<script type="application/ld+json">` as it is: `<`, `>` and
 * `&` are written as \u escapes (still the same JSON), so a claim quoting "</script>" cannot
 * end the script element; so are the line separators JavaScript once refused in strings.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
