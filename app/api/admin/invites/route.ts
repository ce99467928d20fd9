import { apiRoute, json, readJson } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { createInvite } from "@/lib/server/users/invites";
import { ZCreateInviteSchema } from "@/lib/validation/user";

/** 201 with the one-time invitation path; the token is not stored and cannot be shown again. */
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const input = await readJson(request, ZCreateInviteSchema);
  const invite = await createInvite({ actor, ...input });
  return json({ email: invite.email, role: invite.role, expiresAt: invite.expiresAt, invitePath: `/invite/${invite.token}` }, 201);
});
