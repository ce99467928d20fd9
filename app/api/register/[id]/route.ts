import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { deleteRegisterEntry, getRegisterEntry, updateRegisterEntry } from "@/lib/server/register/register-entries";
import { ZIdSchema } from "@/lib/validation/common";
import { ZUpdateRegisterEntrySchema } from "@/lib/validation/register";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json(await getRegisterEntry({ actor, id: parseParam(ZIdSchema, params.id, "Register entry") }));
});

export const PATCH = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const id = parseParam(ZIdSchema, params.id, "Register entry");
  return json(await updateRegisterEntry({ actor, id, input: await readJson(request, ZUpdateRegisterEntrySchema) }));
});

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteRegisterEntry({ actor, id: parseParam(ZIdSchema, params.id, "Register entry") });
  return new Response(null, { status: 204 });
});
