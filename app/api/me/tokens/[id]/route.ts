import { apiRoute, parseParam } from "@/lib/http/api-route";
import { revokeApiToken } from "@/lib/server/auth/api-tokens";
import { requireUser } from "@/lib/server/auth/current-user";
import { ZIdSchema } from "@/lib/validation/common";

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await revokeApiToken({ actor, tokenId: parseParam(ZIdSchema, params.id, "Token") });
  return new Response(null, { status: 204 });
});
