import { z } from "zod";
import { CLAIM_KINDS, CLAIM_STATUSES } from "@/lib/claims/vocabulary";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute, describeZodError, json } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { getMyQueue } from "@/lib/server/queue/get-my-queue";
import { ZIdSchema } from "@/lib/validation/common";

const ZQueueQuerySchema = z.strictObject({
  status: z.enum(CLAIM_STATUSES).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  articleId: ZIdSchema.optional(),
});

export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  const query = ZQueueQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("INVALID_INPUT", describeZodError(query.error));
  return json({ queue: await getMyQueue({ actor, filters: query.data }) });
});
