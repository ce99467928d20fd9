import { apiRoute, json } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { listUsers } from "@/lib/server/users/list-users";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return json({ users: await listUsers({ actor }) });
});
