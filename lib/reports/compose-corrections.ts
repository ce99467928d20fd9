import { isResolved } from "../claims/vocabulary";
import { paragraph, text, type Block, type ReportDocument } from "./report-document";
import type { Report, ReportClaim } from "./report-schema";
import { claimDetails, claimHeading, decisionDetails, discussionBlocks, reportHead, reportSubtitle, reportTitle, sourceBlocks } from "./compose-shared";

/** `done`: the section records settled work (corrections) rather than work left to do. */
type Section = { title: string; phrase: string; intro: string; noteLabel: string; done?: boolean; holds: (claim: ReportClaim) => boolean };

/** Each claim of the memo belongs to the first section that holds it; the summary counts the same assignment. */
const SECTIONS: readonly Section[] = [
  { title: "Incorrect", phrase: "incorrect", intro: "The checker found these claims wrong.", noteLabel: "What is wrong", holds: (claim) => claim.status === "incorrect" },
  { title: "Disputed", phrase: "disputed", intro: "Sources disagree on these claims.", noteLabel: "The dispute", holds: (claim) => claim.status === "disputed" },
  {
    title: "Lost from the text",
    phrase: "lost from the text",
    intro: "Their words are no longer in the article: re-attach each to the text it now checks, or delete it.",
    noteLabel: "Checker's note",
    holds: (claim) => claim.anchorState === "orphaned",
  },
  {
    title: "Changed since checked",
    phrase: "to check again after an edit",
    intro: "Their text was edited after the verdict; the verdict no longer stands until they are checked again.",
    noteLabel: "Checker's note",
    holds: (claim) => claim.needsRecheck && isResolved(claim.status),
  },
  {
    title: "Not yet resolved",
    phrase: "not yet resolved",
    intro: "No verdict has been reached on these claims.",
    noteLabel: "Checker's note",
    holds: (claim) => !isResolved(claim.status),
  },
  {
    title: "Corrected",
    phrase: "corrected",
    intro: "Judged wrong, then the text was corrected and the claim verified on the new words. Listed until the article is signed off.",
    noteLabel: "Checker's note",
    done: true,
    holds: (claim) => claim.correctedFrom !== null && claim.status === "verified" && !claim.needsRecheck,
  },
];

/** The memo's sections with their claims, in memo order: one computation for the summary and the entries. */
export function memoSections(report: Report): { section: Section; claims: ReportClaim[] }[] {
  const sections = SECTIONS.map((section) => ({ section, claims: [] as ReportClaim[] }));
  for (const claim of report.claims) sections.find(({ section }) => section.holds(claim))?.claims.push(claim);
  return sections;
}

/**
 * The corrections memo: what must change or be settled before publication. Each claim with its
 * text as it was judged and as it is now, what is wrong (the checker's note), the evidence and
 * the editor's decision.
 */
export function composeCorrectionsMemo(report: Report): ReportDocument {
  const sections = memoSections(report);
  const open = sections.filter(({ section }) => !section.done);
  const listed = open.flatMap(({ claims }) => claims);
  const corrected = sections.filter(({ section }) => section.done).flatMap(({ claims }) => claims).length;
  const correctedText = corrected > 0 ? text(` ${corrected} ${corrected === 1 ? "claim was" : "claims were"} corrected since judged.`) : text("");
  const blocks: Block[] = [...reportHead(report)];
  if (listed.length === 0) {
    blocks.push(
      paragraph(
        text("Nothing to correct: ", { strong: true }),
        text("no claim in this report is incorrect, disputed, lost from the text, changed since checked or unresolved."),
        correctedText,
      ),
    );
  } else {
    const changed = listed.filter((claim) => claim.needsRecheck).length;
    blocks.push(
      paragraph(
        text(`${listed.length} ${listed.length === 1 ? "claim needs" : "claims need"} attention before publication: `, { strong: true }),
        text(`${open.map(({ section, claims }) => `${claims.length} ${section.phrase}`).join(", ")}.`),
        text(changed > 0 ? ` ${changed} of them changed since ${changed === 1 ? "it was" : "they were"} checked.` : ""),
        correctedText,
      ),
    );
  }
  for (const { section, claims } of sections) {
    if (claims.length === 0) continue;
    blocks.push({ kind: "heading", level: 2, text: `${section.title} (${claims.length})` }, paragraph(text(section.intro)));
    for (const claim of claims) blocks.push(correctionEntry(claim, section.noteLabel));
  }
  return { title: reportTitle(report), subtitle: reportSubtitle(report), blocks, footnotes: [] };
}

function correctionEntry(claim: ReportClaim, noteLabel: string): Block {
  // A verdict speaks of the words it judged: when an edit changed them, show those, then the words now.
  const words: Block[] =
    claim.correctedFrom && !claim.needsRecheck
      ? [
          paragraph(text(`As judged (${claim.correctedFrom.status}):`, { strong: true })),
          { kind: "quote", text: claim.correctedFrom.quote },
          paragraph(text("Corrected to:", { strong: true })),
          { kind: "quote", text: claim.quote },
        ]
      : claim.needsRecheck && claim.previousQuote
        ? [
            paragraph(text("As judged:", { strong: true })),
            { kind: "quote", text: claim.previousQuote },
            paragraph(text("Now:", { strong: true })),
            { kind: "quote", text: claim.quote },
          ]
        : [{ kind: "quote", text: claim.quote }];
  const blocks: Block[] = [{ kind: "heading", level: 3, text: claimHeading(claim) }, ...words, claimDetails(claim)];
  if (claim.note !== null) {
    blocks.push(paragraph(text(`${noteLabel}:`, { strong: true }), text(claim.note.trim() ? "" : " not written yet.")));
    if (claim.note.trim()) blocks.push({ kind: "quote", text: claim.note.trim() });
  }
  blocks.push(...sourceBlocks(claim.sources, "Evidence", claim.noSourceReason));
  if (claim.status === "incorrect" || claim.status === "disputed") blocks.push(decisionDetails(claim));
  blocks.push(...discussionBlocks(claim));
  return { kind: "group", blocks };
}
