import { isResolved } from "../claims/vocabulary";
import { paragraph, text, type Block, type ReportDocument } from "./report-document";
import type { Report, ReportClaim } from "./report-schema";
import { claimDetails, claimHeading, decisionDetails, discussionBlocks, reportHead, reportSubtitle, reportTitle, sourceBlocks } from "./compose-shared";

type Section = { title: string; intro: string; claims: ReportClaim[]; noteLabel: string };

/**
 * The corrections memo: what must change or be settled before publication. Each claim with its
 * quote, what is wrong (the checker's note), the evidence and the editor's decision.
 */
export function composeCorrectionsMemo(report: Report): ReportDocument {
  const sections: Section[] = [
    { title: "Incorrect", intro: "The checker found these claims wrong.", claims: report.claims.filter((claim) => claim.status === "incorrect"), noteLabel: "What is wrong" },
    { title: "Disputed", intro: "Sources disagree on these claims.", claims: report.claims.filter((claim) => claim.status === "disputed"), noteLabel: "The dispute" },
    {
      title: "Changed since checked",
      intro: "Their text was edited after the verdict; the verdict no longer stands until they are checked again.",
      claims: report.claims.filter((claim) => claim.needsRecheck && claim.status !== "incorrect" && claim.status !== "disputed" && isResolved(claim.status)),
      noteLabel: "Checker's note",
    },
    {
      title: "Not yet resolved",
      intro: "No verdict has been reached on these claims.",
      claims: report.claims.filter((claim) => !isResolved(claim.status)),
      noteLabel: "Checker's note",
    },
  ];
  const count = (title: string) => sections.find((section) => section.title === title)!.claims.length;
  const blocks: Block[] = [...reportHead(report)];
  if (report.claims.length === 0) {
    blocks.push(paragraph(text("Nothing to correct: ", { strong: true }), text("no claim in this report is incorrect, disputed, changed since checked or unresolved.")));
  } else {
    blocks.push(
      paragraph(
        text(`${report.claims.length} ${report.claims.length === 1 ? "claim needs" : "claims need"} attention before publication: `, { strong: true }),
        text(
          `${count("Incorrect")} incorrect, ${count("Disputed")} disputed, ${count("Changed since checked")} changed since checked, ${count("Not yet resolved")} not yet resolved.`,
        ),
      ),
    );
  }
  for (const section of sections) {
    if (section.claims.length === 0) continue;
    blocks.push({ kind: "heading", level: 2, text: `${section.title} (${section.claims.length})` }, paragraph(text(section.intro)));
    for (const claim of section.claims) blocks.push(correctionEntry(claim, section.noteLabel));
  }
  return { title: reportTitle(report), subtitle: reportSubtitle(report), blocks, footnotes: [] };
}

function correctionEntry(claim: ReportClaim, noteLabel: string): Block {
  const blocks: Block[] = [{ kind: "heading", level: 3, text: claimHeading(claim) }, { kind: "quote", text: claim.quote }, claimDetails(claim)];
  if (claim.note !== null) {
    blocks.push(paragraph(text(`${noteLabel}:`, { strong: true }), text(claim.note.trim() ? "" : " not written yet.")));
    if (claim.note.trim()) blocks.push({ kind: "quote", text: claim.note.trim() });
  }
  blocks.push(...sourceBlocks(claim.sources, "Evidence", claim.noSourceReason));
  if (claim.status === "incorrect" || claim.status === "disputed") blocks.push(decisionDetails(claim));
  blocks.push(...discussionBlocks(claim));
  return { kind: "group", blocks };
}
