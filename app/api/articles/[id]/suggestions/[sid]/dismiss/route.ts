import { apiRoute, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { dismissSuggestion } from "@/lib/server/suggestions/suggestions";
import { ZIdSchema } from "@/lib/validation/common";
import { ZSuggestionIdSchema } from "@/lib/validation/suggestion";

/** Dismisses the suggestion; those words are not proposed again as that kind. */
export const POST = apiRoute<{ id: string; sid: string }>(async (_request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  await dismissSuggestion({ actor, articleId, id: parseParam(ZSuggestionIdSchema, params.sid, "Suggestion") });
  return new Response(null, { status: 204 });
});
