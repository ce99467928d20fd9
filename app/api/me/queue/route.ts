import { AppError } from "@/lib/errors/app-error";
import { apiRoute, describeZodError, json } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { getMyQueue } from "@/lib/server/queue/get-my-queue";
import { ZQueueQuerySchema } from "@/lib/validation/claim";

export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  const query = ZQueueQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("INVALID_INPUT", describeZodError(query.error));
  return json({ queue: await getMyQueue({ actor, filters: query.data }) });
});
