import { apiRoute, parseParam, readQuery } from "@/lib/http/api-route";
import { reportFileName } from "@/lib/reports/file-name";
import { CONTENT_TYPES, renderReport } from "@/lib/reports/render-report";
import { requireUser } from "@/lib/server/auth/current-user";
import { getReport } from "@/lib/server/reports/get-report";
import { ZIdSchema } from "@/lib/validation/common";
import { ZReportQuerySchema } from "@/lib/validation/report";

export const GET = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const query = readQuery(request, ZReportQuerySchema);
  const { type, format, status, kind, assignee, notes, comments } = query;
  const report = await getReport({
    actor,
    articleId,
    type,
    filters: { statuses: status ?? null, kinds: kind ?? null, assignees: assignee ?? null, notes, comments },
  });
  const body = await renderReport(report, format);
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `${format === "html" ? "inline" : "attachment"}; filename="${reportFileName(report, format)}"`,
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
});
