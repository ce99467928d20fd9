import { apiRoute, json, readJson, readQuery } from "@/lib/http/api-route";
import { createArticle } from "@/lib/server/articles/create-article";
import { listArticles } from "@/lib/server/articles/list-articles";
import { requireUser } from "@/lib/server/auth/current-user";
import { ARTICLE_BODY_LIMIT, ZCreateArticleSchema } from "@/lib/validation/article";
import { ZArticleListQuerySchema } from "@/lib/validation/article-list";

export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  return json(await listArticles({ actor, query: readQuery(request, ZArticleListQuerySchema) }));
});

export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const input = await readJson(request, ZCreateArticleSchema, ARTICLE_BODY_LIMIT);
  return json(await createArticle({ actor, input }), 201);
});
