import { Readable } from "node:stream";
import { apiRoute, parseParam } from "@/lib/http/api-route";
import { contentDisposition, EVIDENCE_MEDIA_TYPES } from "@/lib/evidence/media-types";
import { requireUser } from "@/lib/server/auth/current-user";
import { deleteEvidence, openEvidence } from "@/lib/server/evidence/evidence-files";
import { ZIdSchema } from "@/lib/validation/common";

/**
 * The bytes as uploaded. Images and PDFs are shown in place; everything else is a download.
 * Whatever a file holds, it never runs: the type is the one its bytes showed, browsers may not
 * guess another (nosniff), and the policy sandboxes it without scripts.
 */
export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  const { file, bytes } = await openEvidence({ actor, evidenceId: parseParam(ZIdSchema, params.id, "Evidence file") });
  const inline = EVIDENCE_MEDIA_TYPES[file.contentType].inline;
  const body = Readable.toWeb(Readable.from(bytes())) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType.startsWith("text/") ? `${file.contentType}; charset=utf-8` : file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName, inline),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'",
      "Cache-Control": "private, max-age=31536000, immutable",
      ETag: `"${file.sha256}"`,
      "X-Evidence-SHA256": file.sha256,
    },
  });
});

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteEvidence({ actor, evidenceId: parseParam(ZIdSchema, params.id, "Evidence file") });
  return new Response(null, { status: 204 });
});
