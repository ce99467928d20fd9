import { DECISION_LABELS, KIND_LABELS, SOURCE_KIND_LABELS, STATUS_DISPLAY } from "../claims/vocabulary";
import { csvCell } from "../csv/csv";
import type { Report, ReportClaim, ReportSource } from "./report-schema";

/** The columns, in a fixed order; new columns are only ever appended. */
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
  "assignee",
  "decision",
  "decision_note",
  "source_kind",
  "source_confidential",
  "source_evidence_sha256",
  "discussion",
] as const;

/**
 * The verified-claims report as CSV: one row per claim and source (a claim without sources has
 * one row with empty source columns). RFC 4180 quoting, CRLF line ends, and cells that a
 * spreadsheet would run as a formula are neutralised. A confidential source shows its kind only.
 */
export function renderVerifiedReportCsv(report: Report): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const claim of report.claims) {
    if (claim.sources.length === 0) rows.push(row(claim, null, 0));
    claim.sources.forEach((source, index) => rows.push(row(claim, source, index + 1)));
  }
  return `${rows.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

function row(claim: ReportClaim, source: ReportSource | null, sourceNumber: number): string[] {
  const open = source && !source.confidential ? source : null;
  const cells: Record<(typeof COLUMNS)[number], string> = {
    claim_number: String(claim.number),
    claim_id: claim.id,
    quote: claim.quote,
    kind: KIND_LABELS[claim.kind],
    status: STATUS_DISPLAY[claim.status].label,
    needs_recheck: claim.needsRecheck ? "yes" : "no",
    anchor_state: claim.anchorState,
    note: claim.note ?? "",
    status_set_by: claim.statusChangedBy?.name ?? "",
    status_set_at: claim.statusChangedAt ?? "",
    source_number: source ? String(sourceNumber) : "",
    source_title: source?.confidential ? "Confidential source" : (open?.title ?? ""),
    source_publisher: open?.publisher ?? "",
    source_url: open?.url ?? "",
    source_excerpt: open?.excerpt ?? "",
    source_accessed: open?.accessedAt ?? "",
    assignee: claim.assignee?.name ?? "",
    decision: claim.decision ? DECISION_LABELS[claim.decision] : "",
    decision_note: claim.decisionNote ?? "",
    source_kind: source ? SOURCE_KIND_LABELS[source.kind] : "",
    source_confidential: source ? (source.confidential ? "yes" : "no") : "",
    source_evidence_sha256: (open?.evidence ?? []).map((file) => `${file.fileName}: ${file.sha256}`).join("\n"),
    discussion: (claim.comments ?? []).map((comment) => `${comment.author.name} (${comment.createdAt}): ${comment.body}`).join("\n"),
  };
  return COLUMNS.map((column) => cells[column]);
}
