import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { reuseSources } from "@/lib/server/sources/reuse-sources";
import { ZIdSchema } from "@/lib/validation/common";
import { ZReuseSourcesSchema } from "@/lib/validation/source";

export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const claimId = parseParam(ZIdSchema, params.id, "Claim");
  const input = await readJson(request, ZReuseSourcesSchema);
  return json({ sources: await reuseSources({ actor, claimId, input }) }, 201);
});
