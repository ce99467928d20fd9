import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { updateUser } from "@/lib/server/users/manage-users";
import { ZIdSchema } from "@/lib/validation/common";
import { ZUpdateUserSchema } from "@/lib/validation/user";

export const PATCH = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const userId = parseParam(ZIdSchema, params.id, "User");
  const input = await readJson(request, ZUpdateUserSchema);
  return json(await updateUser({ actor, userId, ...input }));
});
