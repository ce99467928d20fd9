import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { requireUser } from "@/lib/server/auth/current-user";
import { ZIdSchema } from "@/lib/validation/common";
import { ZTransitionSchema } from "@/lib/validation/article";

/** 200 with the article; 422 with { error, blockers: [{ rule, claimId?, message }] } while the checking policy is unmet; 403 for a role that may not. */
export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const { to } = await readJson(request, ZTransitionSchema);
  return json(await transitionArticle({ actor, articleId, to }));
});
