import { CLAIM_STATUSES, KIND_LABELS, STATUS_DISPLAY } from "../claims/vocabulary";
import { escapeMarkdown, markdownUrl } from "./markdown-escape";
import type { ReportClaim, ReportSource, VerifiedReport } from "./verified-report";

export function renderVerifiedReportMarkdown(report: VerifiedReport): string {
  const { totals } = report;
  const lines: string[] = [
    `# Verified-claims report: ${escapeMarkdown(report.article.title)}`,
    "",
    `- Article version: ${report.article.version} (last changed ${formatTimestamp(report.article.updatedAt)})`,
    `- Report made: ${formatTimestamp(report.generatedAt)} by ${escapeMarkdown(report.generatedBy.name)}`,
    `- Claims: ${totals.claims}, resolved: ${totals.resolved}, changed since checked: ${totals.needsRecheck}, orphaned: ${totals.orphaned}`,
    "",
    "## Totals by status",
    "",
    "| Status | Claims |",
    "| --- | ---: |",
    ...CLAIM_STATUSES.map((status) => `| ${STATUS_DISPLAY[status].symbol} ${STATUS_DISPLAY[status].label} | ${totals.byStatus[status]} |`),
    "",
    "## Claims",
    "",
  ];
  const placed = report.claims.filter((claim) => claim.anchorState !== "orphaned");
  const changed = report.claims.filter((claim) => claim.needsRecheck && claim.anchorState !== "orphaned");
  const orphaned = report.claims.filter((claim) => claim.anchorState === "orphaned");
  if (changed.length > 0) {
    lines.push("### Changed since checked", "", "The text of these checked claims changed after their verdict; each must be confirmed or revised.", "");
    for (const claim of changed) lines.push(`- Claim ${claim.number}: “${escapeMarkdown(claim.previousQuote ?? "")}” is now “${escapeMarkdown(claim.quote)}”`);
    lines.push("");
  }
  if (placed.length === 0) lines.push("No claims have been marked in this article.", "");
  for (const claim of placed) lines.push(...renderClaim(claim), "");
  if (orphaned.length > 0) {
    lines.push("## Orphaned claims", "", "Their text is no longer in the article. They keep their status, note and sources.", "");
    for (const claim of orphaned) lines.push(...renderClaim(claim), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function renderClaim(claim: ReportClaim): string[] {
  const status = STATUS_DISPLAY[claim.status];
  const lines = [
    `### ${claim.number}. ${status.symbol} ${status.label} · ${KIND_LABELS[claim.kind]}`,
    "",
    ...blockquote(claim.quote),
    "",
    `- Status: ${status.label}${claim.statusChangedBy ? `, set by ${escapeMarkdown(claim.statusChangedBy.name)} on ${formatTimestamp(claim.statusChangedAt!)}` : " (never set)"}`,
    claim.start !== null ? `- Position: characters ${claim.start}–${claim.end}` : "- Position: none (orphaned: its text was removed from the article)",
  ];
  if (claim.needsRecheck) lines.push(`- Changed since checked: was “${escapeMarkdown(claim.previousQuote ?? "")}”`);
  else if (claim.anchorState === "shifted" && claim.previousQuote) lines.push(`- Text changed: was “${escapeMarkdown(claim.previousQuote)}”`);
  if (claim.note.trim()) lines.push("- Note:", "", ...blockquote(claim.note));
  lines.push("", claim.sources.length ? "Sources:" : "Sources: none.");
  if (claim.sources.length) lines.push("", ...claim.sources.flatMap(renderSource));
  return lines;
}

function renderSource(source: ReportSource, index: number): string[] {
  const label = escapeMarkdown(source.title.trim() || source.url);
  const details = [source.publisher.trim() && escapeMarkdown(source.publisher), source.accessedAt && `accessed ${source.accessedAt}`]
    .filter(Boolean)
    .join(", ");
  const lines = [`${index + 1}. [${label}](${markdownUrl(source.url)})${details ? ` — ${details}` : ""}`];
  if (source.excerpt.trim()) lines.push(...blockquote(source.excerpt).map((line) => `   ${line}`));
  return lines;
}

function blockquote(text: string): string[] {
  return escapeMarkdown(text.trim()).split("\n").map((line) => (line ? `> ${line}` : ">"));
}

function formatTimestamp(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}
