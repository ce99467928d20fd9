// Built in the browser too (the export menu, the settings form): zod must not compile parsers there.
import "@/lib/validation/zod-in-the-browser";
import { z } from "zod";
import { RESOLVED_STATUSES, STATUS_DISPLAY, type ClaimStatus } from "../claims/vocabulary";

/** The statuses a published fact-check can carry: a verdict was reached. */
export type RatedStatus = "verified" | "incorrect" | "disputed" | "unverifiable";
export const RATED_STATUSES = RESOLVED_STATUSES as readonly RatedStatus[];

export function isRatedStatus(status: ClaimStatus): status is RatedStatus {
  return (RATED_STATUSES as readonly string[]).includes(status);
}

/**
 * How the desk's statuses become a ClaimReview rating: a number on the desk's scale and the
 * textual verdict readers see (schema.org `Rating.alternateName`). Desks set their own in the
 * settings; this is the default, a common five-point scale.
 */
export type RatingScale = {
  bestRating: number;
  worstRating: number;
  ratings: Record<RatedStatus, { ratingValue: number; alternateName: string }>;
};

export const DEFAULT_RATING_SCALE: RatingScale = {
  bestRating: 5,
  worstRating: 1,
  ratings: {
    verified: { ratingValue: 5, alternateName: "True" },
    disputed: { ratingValue: 3, alternateName: "Disputed" },
    unverifiable: { ratingValue: 2, alternateName: "Unproven" },
    incorrect: { ratingValue: 1, alternateName: "False" },
  },
};

const ZRatingSchema = z.strictObject({
  ratingValue: z.number({ error: "ratingValue must be a number." }).int("ratingValue must be a whole number."),
  alternateName: z.string().trim().min(1, "alternateName (the verdict readers see) must not be empty.").max(100, "alternateName must be at most 100 characters."),
});

export const ZRatingScaleSchema = z
  .strictObject({
    bestRating: z.number().int().min(-100).max(100),
    worstRating: z.number().int().min(-100).max(100),
    ratings: z.strictObject({ verified: ZRatingSchema, incorrect: ZRatingSchema, disputed: ZRatingSchema, unverifiable: ZRatingSchema }),
  })
  .superRefine((scale, context) => {
    if (scale.bestRating === scale.worstRating) context.addIssue({ code: "custom", message: "bestRating and worstRating must differ." });
    const [low, high] = [Math.min(scale.bestRating, scale.worstRating), Math.max(scale.bestRating, scale.worstRating)];
    for (const status of RATED_STATUSES) {
      const value = scale.ratings[status].ratingValue;
      if (value < low || value > high) {
        context.addIssue({
          code: "custom",
          path: ["ratings", status, "ratingValue"],
          message: `The rating for ${STATUS_DISPLAY[status].label} (${value}) must lie between worstRating and bestRating.`,
        });
      }
    }
  });

/** A stored scale, or the default when none is stored or the stored one no longer validates. */
export function readRatingScale(stored: unknown): RatingScale {
  const parsed = ZRatingScaleSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_RATING_SCALE;
}
