import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { addSource } from "@/lib/server/sources/add-source";
import { ZIdSchema } from "@/lib/validation/common";
import { ZCreateSourceSchema } from "@/lib/validation/source";

export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const claimId = parseParam(ZIdSchema, params.id, "Claim");
  const input = await readJson(request, ZCreateSourceSchema);
  return json(await addSource({ actor, claimId, input }), 201);
});
