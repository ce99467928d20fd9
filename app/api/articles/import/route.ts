import { AppError } from "@/lib/errors/app-error";
import { IMPORT_LIMIT_BYTES, IMPORT_LIMIT_TEXT } from "@/lib/document/importable-files";
import { apiRoute, json, readMultipart } from "@/lib/http/api-route";
import { assertCan } from "@/lib/permissions";
import { importArticle } from "@/lib/server/articles/create-article";
import { requireUser } from "@/lib/server/auth/current-user";

/** Room for the multipart envelope and the title around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/** multipart/form-data with `file` (.docx, .md, .txt, .html) and an optional `title` → 201 with the article. */
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  // Refuse before reading: a caller who may not import never gets to upload.
  assertCan(actor, "article:create");
  const form = await readMultipart(request, { maxBytes: IMPORT_LIMIT_BYTES + ENVELOPE_BYTES, tooLargeMessage: `Files up to ${IMPORT_LIMIT_TEXT} can be imported.` });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", 'No file was sent: use the field name "file".');
  const title = form.get("title");
  if (title !== null && (typeof title !== "string" || title.length > 300)) throw new AppError("INVALID_INPUT", "title must be text of at most 300 characters.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  return json(await importArticle({ actor, fileName: file.name, bytes, title: title ?? undefined }), 201);
});
