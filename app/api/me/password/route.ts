import { apiRoute, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { changePassword } from "@/lib/server/users/change-password";
import { ZChangePasswordSchema } from "@/lib/validation/user";

export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const input = await readJson(request, ZChangePasswordSchema);
  await changePassword({ actor, ...input });
  return new Response(null, { status: 204 });
});
