import { apiRoute, json, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { getDeskSettings, updateDeskSettings } from "@/lib/server/settings/desk-settings";
import { ZUpdateDeskSettingsSchema } from "@/lib/validation/settings";

export const GET = apiRoute(async () => json(await getDeskSettings({ actor: await requireUser() })));

/** Admins set the organization that signs published fact-checks and the rating scale. */
export const PATCH = apiRoute(async (request) => {
  const actor = await requireUser();
  return json(await updateDeskSettings({ actor, input: await readJson(request, ZUpdateDeskSettingsSchema) }));
});
