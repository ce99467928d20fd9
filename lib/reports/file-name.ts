import type { VerifiedReport } from "./verified-report";

/** An ASCII file name that says what the report is: factdesk-report-<title>-<date>.<ext> */
export function reportFileName(report: VerifiedReport, extension: string): string {
  const slug =
    report.article.title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "article";
  return `factdesk-report-${slug}-${report.generatedAt.slice(0, 10)}.${extension}`;
}
