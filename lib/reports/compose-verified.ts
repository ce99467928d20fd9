import { paragraph, text, type Block, type ReportDocument } from "./report-document";
import type { Report } from "./report-schema";
import { articleDiscussionBlocks, claimEntry, reportHead, reportSubtitle, reportTitle, totalsBlocks } from "./compose-shared";

/**
 * The verified-claims report: header and totals, every placed claim in document order, then the
 * claims whose text changed since they were checked and the orphaned claims in their own sections.
 */
export function composeVerifiedReport(report: Report): ReportDocument {
  const placed = report.claims.filter((claim) => claim.anchorState !== "orphaned");
  const changed = placed.filter((claim) => claim.needsRecheck);
  const orphaned = report.claims.filter((claim) => claim.anchorState === "orphaned");
  const blocks: Block[] = [...reportHead(report), { kind: "heading", level: 2, text: "Summary" }, ...totalsBlocks(report)];

  if (changed.length > 0) {
    blocks.push(
      { kind: "heading", level: 2, text: "Changed since checked" },
      paragraph(text("The text of these claims changed after their verdict; each must be confirmed or checked again.")),
      {
        kind: "table",
        columns: [{ label: "Claim", numeric: true }, { label: "Was" }, { label: "Now" }],
        rows: changed.map((claim) => [[text(String(claim.number))], [text(claim.previousQuote ?? "")], [text(claim.quote)]]),
      },
    );
  }

  blocks.push({ kind: "heading", level: 2, text: "Claims", pageBreakBefore: true });
  if (placed.length === 0)
    blocks.push(paragraph(text(report.totals.articleClaims === 0 ? "No claims have been marked in this article." : "No claims match this report's filters.")));
  for (const claim of placed) blocks.push(claimEntry(claim));

  if (orphaned.length > 0) {
    blocks.push(
      { kind: "heading", level: 2, text: "Orphaned claims", pageBreakBefore: true },
      paragraph(text("Their text is no longer in the article. They keep their status, note and sources.")),
      ...orphaned.map(claimEntry),
    );
  }
  blocks.push(...articleDiscussionBlocks(report));
  return { title: reportTitle(report), subtitle: reportSubtitle(report), blocks, footnotes: [] };
}
