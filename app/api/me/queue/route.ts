import { apiRoute, json, readQuery } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { getMyQueue } from "@/lib/server/queue/get-my-queue";
import { ZQueueQuerySchema } from "@/lib/validation/claim";

export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  const query = readQuery(request, ZQueueQuerySchema);
  return json({ queue: await getMyQueue({ actor, filters: query }) });
});
