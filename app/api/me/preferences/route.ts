import { apiRoute, json, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { getPreferences, updatePreferences } from "@/lib/server/users/preferences";
import { ZPreferencesSchema } from "@/lib/validation/user";

export const GET = apiRoute(async () => json(await getPreferences({ actor: await requireUser() })));

export const PATCH = apiRoute(async (request) => {
  const actor = await requireUser();
  return json(await updatePreferences({ actor, input: await readJson(request, ZPreferencesSchema) }));
});
