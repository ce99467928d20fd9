import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { mergeRegisterEntries } from "@/lib/server/register/register-entries";
import { ZIdSchema } from "@/lib/validation/common";
import { ZMergeRegisterEntriesSchema } from "@/lib/validation/register";

/** Merges entry `otherId` into this one (names become variants; titles and sources combined). */
export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const id = parseParam(ZIdSchema, params.id, "Register entry");
  return json(await mergeRegisterEntries({ actor, id, input: await readJson(request, ZMergeRegisterEntriesSchema) }));
});
