import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { ZUpdateClaimSchema } from "@/lib/validation/claim";
import { ZIdSchema } from "@/lib/validation/common";

export const PATCH = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const claimId = parseParam(ZIdSchema, params.id, "Claim");
  const input = await readJson(request, ZUpdateClaimSchema);
  return json(await updateClaim({ actor, claimId, input }));
});

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteClaim({ actor, claimId: parseParam(ZIdSchema, params.id, "Claim") });
  return new Response(null, { status: 204 });
});
