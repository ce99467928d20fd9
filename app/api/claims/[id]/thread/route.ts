import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { setThreadResolved } from "@/lib/server/comments/comments";
import { ZThreadSchema } from "@/lib/validation/comment";
import { ZIdSchema } from "@/lib/validation/common";

/** Resolves or reopens the claim's discussion. */
export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const claimId = parseParam(ZIdSchema, params.id, "Claim");
  const { resolved } = await readJson(request, ZThreadSchema);
  return json(await setThreadResolved({ actor, claimId, resolved }));
});
