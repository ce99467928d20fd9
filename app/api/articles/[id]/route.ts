import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { getArticle } from "@/lib/server/articles/get-article";
import { setLeadChecker } from "@/lib/server/articles/set-lead-checker";
import { updateArticle } from "@/lib/server/articles/update-article";
import { requireUser } from "@/lib/server/auth/current-user";
import { ARTICLE_BODY_LIMIT, ZArticleSettingsSchema, ZUpdateArticleSchema } from "@/lib/validation/article";
import { ZIdSchema } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json(await getArticle({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") }));
});

/** Replaces the body; answers with the article and how its claims were re-anchored. */
export const PUT = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const input = await readJson(request, ZUpdateArticleSchema, ARTICLE_BODY_LIMIT);
  const { article, reanchored } = await updateArticle({ actor, articleId, input });
  return json({ ...article, reanchored });
});

/** { leadCheckerId } names the article's lead checker (editors, admins). */
export const PATCH = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const { leadCheckerId } = await readJson(request, ZArticleSettingsSchema);
  return json(await setLeadChecker({ actor, articleId, leadCheckerId }));
});

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteArticle({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") });
  return new Response(null, { status: 204 });
});
