import { z } from "zod";
import { apiRoute, json, parseParam, readJson } from "@/lib/http/api-route";
import { acceptInvite } from "@/lib/server/users/invites";
import { ZAcceptInviteSchema } from "@/lib/validation/user";

const ZTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** No session needed: the one-time token is the credential. */
export const POST = apiRoute<{ token: string }>(async (request, params) => {
  const token = parseParam(ZTokenSchema, params.token, "Invitation");
  const input = await readJson(request, ZAcceptInviteSchema);
  return json(await acceptInvite({ token, ...input }), 201);
});
