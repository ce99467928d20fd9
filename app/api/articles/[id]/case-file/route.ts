import { Readable } from "node:stream";
import { apiRoute, parseParam } from "@/lib/http/api-route";
import { requireUser } from "@/lib/server/auth/current-user";
import { caseFile } from "@/lib/server/reports/case-file";
import { ZIdSchema } from "@/lib/validation/common";

/** The verified-claims report (HTML and JSON) with every evidence file it relied on and their SHA-256 sums, as one zip. */
export const GET = apiRoute<{ id: string }>(async (_request, params) => {
  const actor = await requireUser();
  const { fileName, body } = await caseFile({ actor, articleId: parseParam(ZIdSchema, params.id, "Article") });
  return new Response(Readable.toWeb(Readable.from(body)) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
});
