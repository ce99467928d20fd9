import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { getArticle } from "@/lib/server/articles/get-article";
import { updateArticle } from "@/lib/server/articles/update-article";
import { requireUser } from "@/lib/server/auth/current-user";
import { ARTICLE_BODY_LIMIT, ZUpdateArticleSchema } from "@/lib/validation/article";
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

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteArticle({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") });
  return new Response(null, { status: 204 });
});
