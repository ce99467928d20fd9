import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { listRevisions } from "@/lib/server/revisions/list-revisions";
import { ZIdSchema } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json({ revisions: await listRevisions({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") }) });
});
