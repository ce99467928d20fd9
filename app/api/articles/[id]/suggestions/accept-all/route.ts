import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { acceptSuggestions } from "@/lib/server/suggestions/suggestions";
import { ZIdSchema } from "@/lib/validation/common";
import { ZAcceptSuggestionsOfKindSchema } from "@/lib/validation/suggestion";

/** { kind }: accepts every open suggestion of that kind; { ids }: those suggestions. 200 with the new claims. */
export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const body = await readJson(request, ZAcceptSuggestionsOfKindSchema);
  return json({ claims: await acceptSuggestions({ actor, articleId, ...body }) });
});
