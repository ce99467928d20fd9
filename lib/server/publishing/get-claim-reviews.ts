import "server-only";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { buildClaimReviews, isPublishable, whyNotPublishable } from "@/lib/publishing/claim-review";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { getDeskSettings } from "../settings/desk-settings";

export type GetClaimReviewsOptions = { actor: SessionUser; articleId: string; claimIds: string[] | null };

/**
 * ClaimReview JSON-LD for the article's resolved claims (all, or the chosen ones). Refuses with a
 * clear message when the desk's organization or the article's published address is not set,
 * or when a chosen claim has no standing verdict.
 */
export async function getClaimReviews({ actor, articleId, claimIds }: GetClaimReviewsOptions): Promise<Record<string, unknown>[]> {
  assertCan(actor, "article:read");
  const db = getDb();
  const [article, claims, settings] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { title: true, publishedUrl: true, signedOffAt: true } }),
    db.claim.findMany({
      where: { articleId, ...(claimIds ? { id: { in: claimIds } } : {}) },
      orderBy: [{ start: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true, quote: true, status: true, needsRecheck: true, anchorState: true, statusChangedAt: true, updatedAt: true },
    }),
    getDeskSettings({ actor }),
  ]);
  if (!article) throw notFound("Article", articleId);
  if (claimIds) {
    const found = new Set(claims.map((claim) => claim.id));
    const missing = claimIds.filter((id) => !found.has(id));
    if (missing.length > 0) throw new AppError("NOT_FOUND", `These claims are not in article ${articleId}: ${missing.join(", ")}.`);
    const refused = claims.flatMap((claim) => {
      const reason = whyNotPublishable(claim);
      return reason ? [`${claim.id} (${reason})`] : [];
    });
    if (refused.length > 0) throw new AppError("UNPROCESSABLE", `Only claims with a standing verdict can be published as ClaimReview: ${refused.join("; ")}.`);
  }
  if (!settings.organizationName) {
    throw new AppError("UNPROCESSABLE", "Set the desk's organization name under Settings before publishing ClaimReview markup (it is the review's author).");
  }
  if (!article.publishedUrl) {
    throw new AppError(
      "UNPROCESSABLE",
      `Set the address article ${articleId} is published at (PATCH /api/articles/${articleId} with publishedUrl, or Reports → Publishing in the workspace) before publishing ClaimReview markup.`,
    );
  }
  return buildClaimReviews({
    article: { title: article.title, publishedUrl: article.publishedUrl, signedOffAt: article.signedOffAt?.toISOString() ?? null },
    claims: claims.filter(isPublishable).map((claim) => ({ ...claim, statusChangedAt: claim.statusChangedAt?.toISOString() ?? null, updatedAt: claim.updatedAt.toISOString() })),
    organization: { name: settings.organizationName, url: settings.organizationUrl },
    scale: settings.ratingScale,
  });
}
