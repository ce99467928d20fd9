import { notFound } from "@/lib/errors/app-error";
import { apiRoute, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { setPresence } from "@/lib/server/live/presence";
import { assertCan } from "@/lib/permissions";
import { ZPresenceSchema } from "@/lib/validation/article";
import { ZIdSchema } from "@/lib/validation/common";

/** { tab, claimId, editing }: what the person of an open stream (tab) looks at, and whether they edit the text. */
export const PUT = apiRoute<{ id: string }>(async (request, params) => {
  const user = await requireUser();
  assertCan(user, "article:read");
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const { tab, claimId, editing } = await readJson(request, ZPresenceSchema);
  if (!(await setPresence(tab, articleId, user.id, { claimId, editing }))) throw notFound("Open stream", tab);
  return new Response(null, { status: 204 });
});
