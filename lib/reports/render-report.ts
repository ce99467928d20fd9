import { composeAnnotatedDraft } from "./compose-annotated";
import { composeCorrectionsMemo } from "./compose-corrections";
import { composeVerifiedReport } from "./compose-verified";
import { renderVerifiedReportCsv } from "./render-csv";
import { renderDocx } from "./render-docx";
import { renderHtml } from "./render-html";
import { renderMarkdown } from "./render-markdown";
import type { ReportDocument } from "./report-document";
import type { Report, ReportFormat } from "./report-schema";

export { FORMATS_BY_TYPE, REPORT_FORMATS, type ReportFormat } from "./report-schema";

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

export function composeReport(report: Report): ReportDocument {
  switch (report.type) {
    case "verified":
      return composeVerifiedReport(report);
    case "annotated":
      return composeAnnotatedDraft(report);
    case "corrections":
      return composeCorrectionsMemo(report);
  }
}

export async function renderReport(report: Report, format: ReportFormat): Promise<string | Buffer> {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "csv":
      return renderVerifiedReportCsv(report);
    case "md":
      return renderMarkdown(composeReport(report));
    case "html":
      return renderHtml(composeReport(report));
    case "docx":
      return renderDocx(composeReport(report));
  }
}
