import { AppError } from "@/lib/errors/app-error";
import { apiRoute, parseParam, readQuery } from "@/lib/http/api-route";
import { assertArticleExists } from "@/lib/server/articles/get-article";
import { requireUserToRecheck } from "@/lib/server/auth/current-user";
import { parseHorizon } from "@/lib/server/live/article-events";
import { articleStream } from "@/lib/server/live/article-stream";
import { EVENT_STREAM_HEADERS } from "@/lib/server/live/event-stream";
import { assertCan } from "@/lib/permissions";
import { ZArticleEventsQuerySchema } from "@/lib/validation/article";
import { ZIdSchema } from "@/lib/validation/common";

export const dynamic = "force-dynamic";

/** The article's activity as it happens (Server-Sent Events); `Last-Event-ID` or `since` resume from a position. */
export const GET = apiRoute<{ id: string }>(async (request, params) => {
  const { user, recheck } = await requireUserToRecheck();
  assertCan(user, "article:read");
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  // Last-Event-ID (a browser reconnecting) wins over `since` (where the page's own read stood).
  const lastEventId = request.headers.get("last-event-id") || null;
  const { since: sinceQuery } = readQuery(request, ZArticleEventsQuerySchema);
  const since = lastEventId === null ? (sinceQuery ?? null) : parseHorizon(lastEventId);
  if (lastEventId !== null && since === null) throw new AppError("INVALID_INPUT", "Last-Event-ID must be the id of an event this stream sent.");
  await assertArticleExists(articleId);
  return new Response(articleStream({ articleId, userId: user.id, since, recheck, signal: request.signal }), { headers: EVENT_STREAM_HEADERS });
});
