import { apiRoute, json } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { listAllUsers } from "@/lib/server/users/manage-users";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return json({ users: await listAllUsers({ actor }) });
});
