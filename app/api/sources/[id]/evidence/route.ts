import { apiRoute, json, parseParam } from "@/lib/http/api-route";
import { withUploadedFile } from "@/lib/http/upload-stream";
import { requireUser } from "@/lib/server/auth/current-user";
import { evidenceMaxBytes, storeEvidence } from "@/lib/server/evidence/evidence-files";
import { ZIdSchema } from "@/lib/validation/common";

export const POST = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const sourceId = parseParam(ZIdSchema, params.id, "Source");
  const maxBytes = evidenceMaxBytes();
  const file = await withUploadedFile(request, { field: "file", maxBytes }, ({ fileName, body }) => storeEvidence({ actor, sourceId, fileName, body, maxBytes }));
  return json(file, 201);
});
