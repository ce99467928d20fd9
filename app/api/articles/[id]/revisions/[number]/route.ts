import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { getRevision } from "@/lib/server/revisions/list-revisions";
import { ZIdSchema } from "@/lib/validation/common";
import { ZRevisionNumberSchema } from "@/lib/validation/article";

export const GET = apiRoute<{ id: string; number: string }>(async (_request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const number = parseParam(ZRevisionNumberSchema, params.number, `Revision of article ${articleId}:`);
  return json(await getRevision({ actor, articleId, number }));
});
