import { AppError } from "@/lib/errors/app-error";
import { IMPORT_LIMIT_BYTES, IMPORT_LIMIT_TEXT } from "@/lib/document/importable-files";
import { apiRoute, json } from "@/lib/http/api-route";
import { importArticle } from "@/lib/server/articles/create-article";
import { requireUser } from "@/lib/server/auth/current-user";

/** multipart/form-data with `file` (.docx, .md, .txt, .html) and an optional `title` → 201 with the article. */
export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", 'Upload the file as multipart/form-data with the field name "file".');
  }
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_LIMIT_BYTES + 64 * 1024) {
    throw new AppError("PAYLOAD_TOO_LARGE", `Files up to ${IMPORT_LIMIT_TEXT} can be imported.`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("INVALID_INPUT", "The upload could not be read as multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", 'No file was sent: use the field name "file".');
  const title = form.get("title");
  if (title !== null && (typeof title !== "string" || title.length > 300)) throw new AppError("INVALID_INPUT", "title must be text of at most 300 characters.");
  const bytes = new Uint8Array(await file.arrayBuffer());
  return json(await importArticle({ actor, fileName: file.name, bytes, title: title ?? undefined }), 201);
});
