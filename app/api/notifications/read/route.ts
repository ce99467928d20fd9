import { apiRoute, json, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { markNotificationsRead } from "@/lib/server/notifications/notifications";
import { ZReadNotificationsSchema } from "@/lib/validation/comment";

/** Marks the listed notifications, or all of them without `ids`, as read. */
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const { ids } = await readJson(request, ZReadNotificationsSchema);
  return json({ marked: await markNotificationsRead({ actor, ids }) });
});
