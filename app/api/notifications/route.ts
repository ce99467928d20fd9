import { apiRoute, json } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { listNotifications } from "@/lib/server/notifications/notifications";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return json(await listNotifications({ actor }));
});
