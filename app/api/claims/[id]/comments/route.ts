import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { addComment, listComments } from "@/lib/server/comments/comments";
import { ZNewCommentSchema } from "@/lib/validation/comment";
import { ZIdSchema } from "@/lib/validation/common";

export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json({ comments: await listComments({ actor, claimId: parseParam(ZIdSchema, params.id, "Claim") }) });
});

export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const claimId = parseParam(ZIdSchema, params.id, "Claim");
  const { body, replyTo } = await readJson(request, ZNewCommentSchema);
  return json(await addComment({ actor, claimId, body, replyTo }), 201);
});
