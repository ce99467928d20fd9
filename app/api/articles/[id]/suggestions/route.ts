import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { listSuggestions } from "@/lib/server/suggestions/suggestions";
import { ZIdSchema } from "@/lib/validation/common";

/** The article's open claim suggestions and its coverage. */
export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json(await listSuggestions({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") }));
});
