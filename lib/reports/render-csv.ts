import { KIND_LABELS, STATUS_DISPLAY } from "../claims/vocabulary";
import type { VerifiedReport } from "./verified-report";

const COLUMNS = [
  "claim_number",
  "claim_id",
  "quote",
  "kind",
  "status",
  "needs_recheck",
  "anchor_state",
  "note",
  "status_set_by",
  "status_set_at",
  "source_number",
  "source_title",
  "source_publisher",
  "source_url",
  "source_excerpt",
  "source_accessed",
] as const;

/**
 * The verified-claims report as CSV: one row per claim and source (a claim without sources has
 * one row with empty source columns). RFC 4180 quoting, CRLF line ends, and cells that a
 * spreadsheet would run as a formula are neutralised.
 */
export function renderVerifiedReportCsv(report: VerifiedReport): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const claim of report.claims) {
    const claimCells = [
      String(claim.number),
      claim.id,
      claim.quote,
      KIND_LABELS[claim.kind],
      STATUS_DISPLAY[claim.status].label,
      claim.needsRecheck ? "yes" : "no",
      claim.anchorState,
      claim.note,
      claim.statusChangedBy?.name ?? "",
      claim.statusChangedAt ?? "",
    ];
    if (claim.sources.length === 0) rows.push([...claimCells, "", "", "", "", "", ""]);
    claim.sources.forEach((source, index) => {
      rows.push([...claimCells, String(index + 1), source.title, source.publisher, source.url, source.excerpt, source.accessedAt ?? ""]);
    });
  }
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** Quotes a cell when needed, and prefixes an apostrophe to text a spreadsheet would evaluate. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
