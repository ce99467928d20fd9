import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { similarClaims } from "@/lib/server/claims/similar-claims";
import { ZIdSchema } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json({ claims: await similarClaims({ actor, claimId: parseParam(ZIdSchema, params.id, "Claim") }) });
});
