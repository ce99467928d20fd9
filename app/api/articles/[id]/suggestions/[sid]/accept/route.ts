import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { acceptSuggestions } from "@/lib/server/suggestions/suggestions";
import { ZIdSchema } from "@/lib/validation/common";
import { ZSuggestionIdSchema } from "@/lib/validation/suggestion";

/** Makes the suggestion a claim of its kind: 201 with the claim. */
export const POST = apiRoute<{ id: string; sid: string }>(async (_request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const [claim] = await acceptSuggestions({ actor, articleId, ids: [parseParam(ZSuggestionIdSchema, params.sid, "Suggestion")] });
  return json(claim, 201);
});
