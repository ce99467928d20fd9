import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { addComment, listComments } from "@/lib/server/comments/comments";
import { ZNewCommentSchema } from "@/lib/validation/comment";
import { ZIdSchema } from "@/lib/validation/common";

/** The article's own discussion: comments on the article as a whole, not on one claim. */
export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json({ comments: await listComments({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") }) });
});

export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const { body, replyTo } = await readJson(request, ZNewCommentSchema);
  return json(await addComment({ actor, articleId, body, replyTo }), 201);
});
