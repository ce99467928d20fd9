import { BLOCK_SEPARATOR } from "../document/text-model";
import { CLAIM_STATUSES, KIND_LABELS, STATUS_DISPLAY } from "../claims/vocabulary";
import { paragraph, text, type Block, type Inline, type ReportDocument } from "./report-document";
import type { Report, ReportClaim } from "./report-schema";
import { articleDiscussionBlocks, claimBody, claimEntry, reportHead, reportSubtitle, reportTitle } from "./compose-shared";

type Placed = ReportClaim & { start: number; end: number };

/**
 * The annotated draft: the article text with every claim marked and footnoted to its status,
 * note and sources (the document a copy chief reads). Orphaned claims follow the text.
 */
export function composeAnnotatedDraft(report: Report): ReportDocument {
  const articleText = report.text ?? "";
  const placed = report.claims.filter((claim): claim is Placed => claim.start !== null && claim.end !== null && claim.end <= articleText.length);
  const footnoteIds = new Map(placed.map((claim, index) => [claim.id, index + 1]));
  const orphaned = report.claims.filter((claim) => !footnoteIds.has(claim.id));

  const blocks: Block[] = [
    ...reportHead(report),
    paragraph(
      text("Key: ", { strong: true }),
      text(
        `marked text is a claim; its footnote gives the status (${CLAIM_STATUSES.map((status) => `${STATUS_DISPLAY[status].symbol} ${STATUS_DISPLAY[status].label}`).join(", ")}), note and sources.`,
      ),
    ),
    { kind: "heading", level: 2, text: "Text", pageBreakBefore: true },
    ...annotatedParagraphs(articleText, placed, footnoteIds),
  ];
  if (orphaned.length > 0) {
    blocks.push(
      { kind: "heading", level: 2, text: "Claims no longer in the text", pageBreakBefore: true },
      paragraph(text("Their text was removed from the article. They keep their status, note and sources.")),
      ...orphaned.map(claimEntry),
    );
  }
  blocks.push(...articleDiscussionBlocks(report));
  const footnotes = placed.map((claim) => ({ id: footnoteIds.get(claim.id)!, blocks: footnoteBlocks(claim) }));
  return { title: reportTitle(report), subtitle: reportSubtitle(report), blocks, footnotes };
}

function footnoteBlocks(claim: ReportClaim): Block[] {
  const status = STATUS_DISPLAY[claim.status];
  const lead: Inline[] = [text(`${status.symbol} ${status.label}`, { strong: true }), text(` · ${KIND_LABELS[claim.kind]} · claim ${claim.number}`)];
  if (claim.assignee) lead.push(text(` · ${claim.assignee.name}`));
  if (claim.needsRecheck) lead.push(text(" · changed since checked", { strong: true }));
  return [paragraph(...lead), ...claimBody(claim)];
}

/**
 * Splits the text into paragraphs and each paragraph into runs at every claim boundary. A run
 * inside one or more claims is marked with the innermost claim's status; each claim's footnote
 * reference follows its last character (in the paragraph where that character is).
 */
export function annotatedParagraphs(articleText: string, claims: Placed[], footnoteIds: ReadonlyMap<string, number>): Block[] {
  const blocks: Block[] = [];
  let paragraphStart = 0;
  while (paragraphStart <= articleText.length) {
    const separatorAt = articleText.indexOf(BLOCK_SEPARATOR, paragraphStart);
    const paragraphEnd = separatorAt === -1 ? articleText.length : separatorAt;
    const nextStart = separatorAt === -1 ? Infinity : separatorAt + BLOCK_SEPARATOR.length;
    const inside = claims.filter((claim) => claim.start < paragraphEnd && claim.end > paragraphStart);
    const endingHere = claims.filter((claim) => claim.end > paragraphStart && claim.end <= Math.min(nextStart, articleText.length) && claim.end > claim.start);
    if (paragraphEnd > paragraphStart) blocks.push({ kind: "paragraph", content: paragraphRuns(articleText, paragraphStart, paragraphEnd, inside, endingHere, footnoteIds) });
    if (separatorAt === -1) break;
    paragraphStart = nextStart;
  }
  return blocks;
}

function paragraphRuns(articleText: string, from: number, to: number, inside: Placed[], endingHere: Placed[], footnoteIds: ReadonlyMap<string, number>): Inline[] {
  const cuts = new Set([from, to]);
  for (const claim of inside) {
    if (claim.start > from) cuts.add(claim.start);
    if (claim.end < to) cuts.add(claim.end);
  }
  const refsAt = new Map<number, number[]>();
  for (const claim of endingHere) {
    const at = Math.min(claim.end, to);
    refsAt.set(at, [...(refsAt.get(at) ?? []), footnoteIds.get(claim.id)!]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Inline[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const [start, end] = [points[index]!, points[index + 1]!];
    const covering = inside.filter((claim) => claim.start <= start && claim.end >= end);
    const innermost = covering.reduce<Placed | null>((best, claim) => (!best || claim.end - claim.start < best.end - best.start ? claim : best), null);
    articleText
      .slice(start, end)
      .split("\n")
      .forEach((line, lineIndex) => {
        if (lineIndex > 0) runs.push({ kind: "break" });
        if (line) runs.push(innermost ? { kind: "claim", text: line, status: innermost.status } : text(line));
      });
    for (const id of (refsAt.get(end) ?? []).sort((a, b) => a - b)) runs.push({ kind: "footnote", id });
  }
  return runs;
}
