import { apiRoute, json, readJson } from "@/lib/http/api-route";
import { createApiToken, listApiTokens } from "@/lib/server/auth/api-tokens";
import { requireUser } from "@/lib/server/auth/current-user";
import { ZCreateApiTokenSchema } from "@/lib/validation/user";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return json({ tokens: await listApiTokens({ actor }) });
});

/** 201 with `token`: shown this once; only its hash is kept. */
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const { name } = await readJson(request, ZCreateApiTokenSchema);
  const { token, apiToken } = await createApiToken({ actor, name });
  return json({ ...apiToken, token }, 201);
});
