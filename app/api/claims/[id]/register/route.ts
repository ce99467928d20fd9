import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { registerFromClaim } from "@/lib/server/register/register-from-claim";
import { ZIdSchema } from "@/lib/validation/common";

/** Adds a verified name or title claim's person (and title, and sources) to the register: 201 new, 200 updated. */
export const POST = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  const { entry, created } = await registerFromClaim({ actor, claimId: parseParam(ZIdSchema, params.id, "Claim") });
  return json(entry, created ? 201 : 200);
});
