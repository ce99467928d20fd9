import { apiRoute, json, readText } from "@/lib/http/api-route";
import { assertCan } from "@/lib/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { importRegisterCsv } from "@/lib/server/register/import-register";

const CSV_LIMIT = 10 * 1024 * 1024;

/** A register CSV as the body (text/csv): rows matching an entry's name update it, others are created. */
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  // Refuse before reading: a caller who may not import never gets to upload 10 MB.
  assertCan(actor, "register:write");
  const csv = await readText(request, { contentTypes: ["text/csv", "text/plain"], maxBytes: CSV_LIMIT });
  return json(await importRegisterCsv({ actor, csv }));
});
