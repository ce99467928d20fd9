import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { getArticle } from "@/lib/server/articles/get-article";
import { requireUser } from "@/lib/server/auth/current-user";
import { ZIdSchema } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json(await getArticle({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") }));
});

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteArticle({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") });
  return new Response(null, { status: 204 });
});
