import { AppError } from "@/lib/errors/app-error";
import { apiRoute, json } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { importRegisterCsv } from "@/lib/server/register/import-register";

const CSV_LIMIT = 10 * 1024 * 1024;

/** A register CSV as the body (text/csv): rows matching an entry's name update it, others are created. */
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  if (!/^text\/(csv|plain)\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the register as CSV with Content-Type: text/csv.");
  }
  if (Number(request.headers.get("content-length") ?? 0) > CSV_LIMIT) throw new AppError("PAYLOAD_TOO_LARGE", "A register CSV may be at most 10 MB.");
  const csv = await request.text();
  if (csv.length > CSV_LIMIT) throw new AppError("PAYLOAD_TOO_LARGE", "A register CSV may be at most 10 MB.");
  return json(await importRegisterCsv({ actor, csv }));
});
