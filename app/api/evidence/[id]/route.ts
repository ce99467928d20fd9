import { Readable } from "node:stream";
import type { EvidenceFileDto } from "@/lib/dto";
import { AppError } from "@/lib/errors/app-error";
import { savedPageView, VIEWABLE_PAGE_BYTES } from "@/lib/evidence/saved-page";
import { apiRoute, parseParam, readQuery } from "@/lib/http/api-route";
import { ZEvidenceQuerySchema } from "@/lib/validation/evidence";
import { contentDisposition, EVIDENCE_MEDIA_TYPES, evidencePolicy } from "@/lib/evidence/media-types";
import { requireUser } from "@/lib/server/auth/current-user";
import { deleteEvidence, openEvidence } from "@/lib/server/evidence/evidence-files";
import { ZIdSchema } from "@/lib/validation/common";

/**
 * The bytes as uploaded. Images and PDFs are shown in place (a PDF in a frame of the workspace);
 * everything else is a download. Whatever a file holds, it never runs as a page of Factdesk: the
 * type is the one its bytes showed, browsers may not guess another (nosniff), and the policy
 * (evidencePolicy) allows it no fetches and sandboxes every kind but PDFs.
 */
export const GET = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const { view } = readQuery(request, ZEvidenceQuerySchema);
  const { file, bytes } = await openEvidence({ actor, evidenceId: parseParam(ZIdSchema, params.id, "Evidence file") });
  if (view === "page") return savedPage(file, bytes);
  const inline = EVIDENCE_MEDIA_TYPES[file.contentType].inline;
  const body = Readable.toWeb(Readable.from(bytes())) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType.startsWith("text/") ? `${file.contentType}; charset=utf-8` : file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName, inline),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": evidencePolicy(file.contentType),
      "Cache-Control": "private, max-age=31536000, immutable",
      ETag: `"${file.sha256}"`,
      "X-Evidence-SHA256": file.sha256,
    },
  });
});

/** A saved web page, sanitised for reading (lib/evidence/saved-page.ts), in a sandbox that allows no script or outside resource. */
async function savedPage(file: EvidenceFileDto, bytes: () => AsyncIterable<Buffer>): Promise<Response> {
  if (file.contentType !== "text/html") throw new AppError("UNPROCESSABLE", `${file.fileName} is not a saved web page; view=page shows saved pages only.`);
  if (file.size > VIEWABLE_PAGE_BYTES) throw new AppError("UNPROCESSABLE", `${file.fileName} is too large to view here; download it instead.`);
  const parts: Buffer[] = [];
  for await (const part of bytes()) parts.push(part);
  const html = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(parts));
  return new Response(savedPageView(html, file), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'",
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
}

export const DELETE = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  await deleteEvidence({ actor, evidenceId: parseParam(ZIdSchema, params.id, "Evidence file") });
  return new Response(null, { status: 204 });
});
