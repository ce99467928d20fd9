import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { getClaimHistory } from "@/lib/server/claims/get-claim-history";
import { ZIdSchema } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json({ history: await getClaimHistory({ actor, claimId: parseParam(ZIdSchema, params.id, "Claim") }) });
});
