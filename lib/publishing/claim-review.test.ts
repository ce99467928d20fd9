import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildClaimReviews, isPublishable, scriptSafeJson, whyNotPublishable } from "./claim-review";
import { DEFAULT_RATING_SCALE, ZRatingScaleSchema, readRatingScale } from "./rating-scale";

// The fields schema.org and Google's fact-check markup require (and recommend) on a ClaimReview.
const ZOrganizationSchema = z.object({ "@type": z.literal("Organization"), name: z.string().min(1) });
const ZClaimReviewSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.url(),
  claimReviewed: z.string().min(1),
  datePublished: z.iso.date(),
  author: ZOrganizationSchema,
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    author: ZOrganizationSchema,
    datePublished: z.iso.date().optional(),
    appearance: z.object({ "@type": z.literal("CreativeWork"), url: z.url() }),
  }),
  reviewRating: z
    .object({ "@type": z.literal("Rating"), ratingValue: z.number(), bestRating: z.number(), worstRating: z.number(), alternateName: z.string().min(1) })
    .refine((rating) => rating.ratingValue >= Math.min(rating.worstRating, rating.bestRating) && rating.ratingValue <= Math.max(rating.worstRating, rating.bestRating)),
});

const claim = (id: string, status: "verified" | "incorrect" | "disputed" | "unverifiable" | "unchecked") => ({
  id,
  quote: `Quote ${id}`,
  status,
  statusChangedAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T10:00:00.000Z",
});

const reviews = buildClaimReviews({
  article: { title: "Port deal", publishedUrl: "https://news.example/port-deal", signedOffAt: "2026-11-22T09:00:00.000Z" },
  claims: [claim("a", "verified"), claim("b", "incorrect"), claim("c", "disputed"), claim("d", "unverifiable"), claim("e", "unchecked")],
  organization: { name: "Example News", url: "https://news.example" },
  scale: DEFAULT_RATING_SCALE,
});

describe("ClaimReview JSON-LD", () => {
  it("has every required and recommended field, for each resolved claim", () => {
    expect(reviews).toHaveLength(4);
    for (const review of reviews) expect(() => ZClaimReviewSchema.parse(review)).not.toThrow();
    expect(reviews[0]).toMatchObject({
      url: "https://news.example/port-deal#claim-a",
      claimReviewed: "Quote a",
      datePublished: "2026-11-20",
      author: { name: "Example News", url: "https://news.example" },
      itemReviewed: { datePublished: "2026-11-22", appearance: { url: "https://news.example/port-deal", headline: "Port deal" } },
    });
  });

  it("maps statuses to the desk's rating scale", () => {
    expect(reviews.map((review) => review.reviewRating)).toEqual([
      { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "True" },
      { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
      { "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: "Disputed" },
      { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Unproven" },
    ]);
    const custom = { ...DEFAULT_RATING_SCALE, ratings: { ...DEFAULT_RATING_SCALE.ratings, verified: { ratingValue: 4, alternateName: "Accurate" } } };
    const [verified] = buildClaimReviews({
      article: { title: "T", publishedUrl: "https://n.example/t", signedOffAt: null },
      claims: [claim("a", "verified")],
      organization: { name: "N", url: "" },
      scale: custom,
    });
    expect(verified!.reviewRating).toMatchObject({ ratingValue: 4, alternateName: "Accurate" });
    expect(verified!.itemReviewed).not.toHaveProperty("datePublished");
  });

  it("validates a scale and falls back to the default for a broken stored one", () => {
    const broken = { ...DEFAULT_RATING_SCALE, ratings: { ...DEFAULT_RATING_SCALE.ratings, verified: { ratingValue: 9, alternateName: "True" } } };
    expect(ZRatingScaleSchema.safeParse(broken).success).toBe(false);
    expect(readRatingScale(broken)).toEqual(DEFAULT_RATING_SCALE);
    expect(readRatingScale(null)).toEqual(DEFAULT_RATING_SCALE);
  });

  it("publishes only claims whose verdict stands", () => {
    expect(isPublishable({ status: "verified", needsRecheck: false, anchorState: "anchored" })).toBe(true);
    expect(whyNotPublishable({ status: "verified", needsRecheck: true, anchorState: "anchored" })).toBe("its text changed since it was checked");
    expect(whyNotPublishable({ status: "incorrect", needsRecheck: false, anchorState: "orphaned" })).toBe("its text is no longer in the article");
    expect(whyNotPublishable({ status: "in_progress", needsRecheck: false, anchorState: "anchored" })).toBe("it has no verdict yet");
  });

  it("can be pasted into a script element: nothing in a claim ends it", () => {
    const value = { claimReviewed: "He wrote </script><script>alert(1)</script> & left", note: "a\u2028b" };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(value);
  });
});
