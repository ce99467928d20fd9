import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { deleteSource } from "@/lib/server/sources/delete-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { ZIdSchema } from "@/lib/validation/common";
import { ZUpdateSourceSchema } from "@/lib/validation/source";

export const PATCH = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const sourceId = parseParam(ZIdSchema, params.id, "Source");
  const input = await readJson(request, ZUpdateSourceSchema);
  return json(await updateSource({ actor, sourceId, input }));
});

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteSource({ actor, sourceId: parseParam(ZIdSchema, params.id, "Source") });
  return new Response(null, { status: 204 });
});
