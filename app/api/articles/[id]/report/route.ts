import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute, parseParam } from "@/lib/http/api-route";
import { reportFileName } from "@/lib/reports/file-name";
import { renderVerifiedReportCsv } from "@/lib/reports/render-csv";
import { renderVerifiedReportMarkdown } from "@/lib/reports/render-markdown";
import type { VerifiedReport } from "@/lib/reports/verified-report";
import { requireUser } from "@/lib/server/auth/current-user";
import { getVerifiedReport } from "@/lib/server/reports/get-verified-report";
import { ZIdSchema } from "@/lib/validation/common";

const ZReportQuerySchema = z.strictObject({ format: z.enum(["md", "json", "csv"], { error: 'format must be "md", "json" or "csv".' }).default("md") });

const RENDERERS = {
  md: { contentType: "text/markdown; charset=utf-8", render: renderVerifiedReportMarkdown },
  json: { contentType: "application/json; charset=utf-8", render: (report: VerifiedReport) => `${JSON.stringify(report, null, 2)}\n` },
  csv: { contentType: "text/csv; charset=utf-8; header=present", render: renderVerifiedReportCsv },
} as const;

export const GET = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const query = ZReportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("INVALID_INPUT", query.error.issues.map((issue) => issue.message).join(" "));
  const report = await getVerifiedReport({ actor, articleId });
  const renderer = RENDERERS[query.data.format];
  return new Response(renderer.render(report), {
    headers: {
      "Content-Type": renderer.contentType,
      "Content-Disposition": `attachment; filename="${reportFileName(report, query.data.format)}"`,
      "Cache-Control": "no-store",
    },
  });
});
