import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { registerReview } from "@/lib/server/register/register-review";
import { ZIdSchema } from "@/lib/validation/common";

/** The article's verified name and title claims the register does not know yet. */
export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  return json({ items: await registerReview({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") }) });
});
