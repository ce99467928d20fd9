import { apiRoute, readQuery } from "@/lib/http/api-route";
import { requireUserToRecheck } from "@/lib/server/auth/current-user";
import { deskStream } from "@/lib/server/live/desk-stream";
import { assertCan } from "@/lib/permissions";
import { ZDeskEventsQuerySchema } from "@/lib/validation/article";
import { EVENT_STREAM_HEADERS } from "@/lib/server/live/event-stream";

export const dynamic = "force-dynamic";

/** The desk as it changes (Server-Sent Events): your inbox count, and which articles changed. */
export const GET = apiRoute(async (request) => {
  const { user, recheck } = await requireUserToRecheck();
  assertCan(user, "article:read");
  const { since } = readQuery(request, ZDeskEventsQuerySchema);
  return new Response(deskStream({ userId: user.id, since: since ?? null, recheck, signal: request.signal }), { headers: EVENT_STREAM_HEADERS });
});
