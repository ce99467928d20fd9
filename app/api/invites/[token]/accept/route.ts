import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { acceptInvite } from "@/lib/server/users/invites";
import { ZAcceptInviteSchema } from "@/lib/validation/user";
import { ZInviteTokenSchema } from "@/lib/validation/user";

/** No session needed: the one-time token is the credential. */
export const POST = apiRoute<{ token: string }>(async (request, params) => {
  const token = parseParam(ZInviteTokenSchema, params.token, "Invitation");
  const input = await readJson(request, ZAcceptInviteSchema);
  return json(await acceptInvite({ token, ...input }), 201);
});
