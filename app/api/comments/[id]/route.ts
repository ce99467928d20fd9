import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { deleteComment, editComment } from "@/lib/server/comments/comments";
import { ZCommentSchema } from "@/lib/validation/comment";
import { ZIdSchema } from "@/lib/validation/common";

export const PATCH = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const commentId = parseParam(ZIdSchema, params.id, "Comment");
  const { body } = await readJson(request, ZCommentSchema);
  return json(await editComment({ actor, commentId, body }));
});

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteComment({ actor, commentId: parseParam(ZIdSchema, params.id, "Comment") });
  return new Response(null, { status: 204 });
});
