import { apiRoute, parseParam, readQuery } from "@/lib/http/api-route";
import { scriptSafeJson } from "@/lib/publishing/claim-review";
import { requireUser } from "@/lib/server/auth/current-user";
import { getClaimReviews } from "@/lib/server/publishing/get-claim-reviews";
import { ZIdSchema } from "@/lib/validation/common";
import { ZClaimReviewQuerySchema } from "@/lib/validation/publishing";

/** schema.org ClaimReview JSON-LD for the article's resolved claims, or those in ?claims=<id>,<id>. */
export const GET = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const query = readQuery(request, ZClaimReviewQuerySchema);
  const reviews = await getClaimReviews({ actor, articleId, claimIds: query.claims ?? null });
  return new Response(`${scriptSafeJson(reviews)}\n`, { headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "no-store" } });
});
