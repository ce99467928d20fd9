import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { ZCreateClaimSchema } from "@/lib/validation/claim";
import { ZIdSchema } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json({ claims: await listClaims({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") }) });
});

export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const input = await readJson(request, ZCreateClaimSchema);
  return json(await createClaim({ actor, articleId, input }), 201);
});
