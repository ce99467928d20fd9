import type { Report } from "./report-schema";

const NAMES = { verified: "report", annotated: "annotated-draft", corrections: "corrections-memo" } as const;

/** An ASCII file name that says what the document is: factdesk-<type>-<title>-<date>.<ext> (`name` in place of the type's). */
export function reportFileName(report: Pick<Report, "type" | "article" | "generatedAt">, extension: string, name: string = NAMES[report.type]): string {
  const slug =
    report.article.title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "article";
  return `factdesk-${name}-${slug}-${report.generatedAt.slice(0, 10)}.${extension}`;
}
