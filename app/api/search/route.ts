import { apiRoute, json, readQuery } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { searchDesk } from "@/lib/server/search/search-desk";
import { ZSearchQuerySchema } from "@/lib/validation/search";

export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  return json(await searchDesk({ actor, query: readQuery(request, ZSearchQuerySchema) }));
});
