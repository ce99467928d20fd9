import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute, parseParam } from "@/lib/http/api-route";
import { reportFileName } from "@/lib/reports/file-name";
import { renderVerifiedReportMarkdown } from "@/lib/reports/render-markdown";
import { requireUser } from "@/lib/server/auth/current-user";
import { getVerifiedReport } from "@/lib/server/reports/get-verified-report";
import { ZIdSchema } from "@/lib/validation/common";

const ZReportQuerySchema = z.strictObject({ format: z.enum(["md", "json"], { error: 'format must be "md" or "json".' }).default("md") });

export const GET = apiRoute<{ id: string }>(async (request, params) => {
  const actor = await requireUser();
  const articleId = parseParam(ZIdSchema, params.id, "Article");
  const query = ZReportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("INVALID_INPUT", query.error.issues.map((issue) => issue.message).join(" "));
  const report = await getVerifiedReport({ actor, articleId });
  const markdown = query.data.format === "md";
  const body = markdown ? renderVerifiedReportMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`;
  return new Response(body, {
    headers: {
      "Content-Type": markdown ? "text/markdown; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${reportFileName(report, query.data.format)}"`,
      "Cache-Control": "no-store",
    },
  });
});
