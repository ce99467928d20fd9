import { apiRoute, json, parseParam, readJson, readQuery } from "@/lib/http/api-route";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { getArticle, getArticleWithBody } from "@/lib/server/articles/get-article";
import { updateArticle } from "@/lib/server/articles/update-article";
import { updateArticleSettings } from "@/lib/server/articles/update-article-settings";
import { requireUser } from "@/lib/server/auth/current-user";
import { ARTICLE_BODY_LIMIT, ZArticleQuerySchema, ZArticleSettingsSchema, ZUpdateArticleSchema } from "@/lib/validation/article";
import { ZIdSchema } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const { include } = readQuery(request, ZArticleQuerySchema);
  return json(include === "body" ? await getArticleWithBody({ actor, articleId }) : await getArticle({ actor, articleId }));
});

/** Replaces the body; answers with the article and how its claims were re-anchored. */
export const PUT = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const input = await readJson(request, ZUpdateArticleSchema, ARTICLE_BODY_LIMIT);
  const { article, reanchored } = await updateArticle({ actor, articleId, input });
  return json({ ...article, reanchored });
});

/** { leadCheckerId?, publishedUrl? }: the article's lead checker and published address (editors, admins). */
export const PATCH = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const input = await readJson(request, ZArticleSettingsSchema);
  return json(await updateArticleSettings({ actor, articleId, input }));
});

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteArticle({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") });
  return new Response(null, { status: 204 });
});
