import { CLAIM_KINDS, CLAIM_STATUSES, DECISION_LABELS, KIND_LABELS, SOURCE_KIND_LABELS, STATUS_DISPLAY } from "../claims/vocabulary";
import { EVIDENCE_MEDIA_TYPES, isEvidenceMediaType } from "../evidence/media-types";
import { paragraph, text, type Block, type Inline } from "./report-document";
import { REPORT_TITLES, type Report, type ReportClaim, type ReportSource } from "./report-schema";

/** Length of the fingerprint shown to people; the JSON carries all 64 hex digits. */
export const SHORT_FINGERPRINT = 12;

export function reportTitle(report: Report): string {
  return `${REPORT_TITLES[report.type]}: ${report.article.title}`;
}

export function reportSubtitle(report: Report): string {
  const revision = report.article.revision ? `, revision ${report.article.revision}` : "";
  return `Version ${report.article.version}${revision} · text fingerprint ${report.article.fingerprint.slice(0, SHORT_FINGERPRINT)} · made ${formatTimestamp(report.generatedAt)} by ${report.generatedBy.name}`;
}

/** What opens every report: whether it is final (only a signed-off article's is), then the details. */
export function reportHead(report: Report): Block[] {
  return [finalityBlock(report), headerBlock(report)];
}

function finalityBlock({ article }: Report): Block {
  if (article.state === "signed_off") {
    const by = article.signedOffBy ? ` by ${article.signedOffBy.name}` : "";
    const when = article.signedOffAt ? ` on ${formatTimestamp(article.signedOffAt)}` : "";
    return paragraph(text("Final: ", { strong: true }), text(`the check was signed off${by}${when}.`));
  }
  const where = { draft: "Draft", in_check: "In check", checked: "Checked, awaiting sign-off" }[article.state];
  return { kind: "paragraph", tone: "warning", content: [text(`${where} — not final. `, { strong: true }), text("This report may change until an editor signs the check off.")] };
}

function headerBlock(report: Report): Block {
  const { article, filters } = report;
  const rows: Array<{ label: string; value: Inline[] }> = [
    { label: "Article", value: [text(article.title)] },
    { label: "Version", value: [text(`${article.version}${article.revision ? ` (revision ${article.revision})` : ""}, last changed ${formatTimestamp(article.updatedAt)}`)] },
    {
      label: "Text fingerprint",
      value: [text(article.fingerprint.slice(0, SHORT_FINGERPRINT), { strong: true }), text(` (SHA-256 of the ${article.characters.toLocaleString("en")}-character text)`)],
    },
    { label: "Made", value: [text(`${formatTimestamp(report.generatedAt)} by ${report.generatedBy.name}`)] },
    { label: "Claims", value: [text(`${report.totals.claims} of the article's ${report.totals.articleClaims}`)] },
  ];
  if (report.coverage && report.coverage.ratio !== null) {
    rows.push({
      label: "Coverage",
      value: [
        text(`${Math.round(report.coverage.ratio * 100)}%`, { strong: true }),
        text(` of the ${report.coverage.sentences} sentences with something checkable in them have a claim`),
      ],
    });
  }
  const described = describeFilters(report);
  if (described) rows.push({ label: "Filters", value: [text(described)] });
  if (!filters.notes) rows.push({ label: "Notes", value: [text("left out of this report")] });
  return { kind: "details", rows };
}

function describeFilters({ filters, claims }: Report): string {
  const parts: string[] = [];
  if (filters.statuses) parts.push(`status ${filters.statuses.map((status) => STATUS_DISPLAY[status].label).join(" or ")}`);
  if (filters.kinds) parts.push(`kind ${filters.kinds.map((kind) => KIND_LABELS[kind]).join(" or ")}`);
  if (filters.assignees) {
    const names = new Map(claims.flatMap((claim) => (claim.assignee ? [[claim.assignee.id, claim.assignee.name] as const] : [])));
    parts.push(`assigned to ${filters.assignees.map((id) => (id === "none" ? "nobody" : (names.get(id) ?? id))).join(" or ")}`);
  }
  return parts.join("; ");
}

/** The statuses as a chart and a table, and the kinds as a table. */
export function totalsBlocks(report: Report): Block[] {
  const { totals } = report;
  return [
    { kind: "statusChart", segments: CLAIM_STATUSES.map((status) => ({ status, count: totals.byStatus[status] })) },
    paragraph(
      text(`${totals.resolved} of ${totals.claims} claims resolved`, { strong: true }),
      text(`; ${totals.needsRecheck} changed since checked; ${totals.orphaned} orphaned.`),
    ),
    {
      kind: "table",
      columns: [{ label: "Status" }, { label: "Claims", numeric: true }],
      rows: CLAIM_STATUSES.map((status) => [[text(statusLabel(status))], [text(String(totals.byStatus[status]))]]),
    },
    {
      kind: "table",
      columns: [{ label: "Kind" }, { label: "Claims", numeric: true }],
      rows: CLAIM_KINDS.filter((kind) => totals.byKind[kind] > 0).map((kind) => [[text(KIND_LABELS[kind])], [text(String(totals.byKind[kind]))]]),
    },
  ];
}

export function statusLabel(status: ReportClaim["status"]): string {
  return `${STATUS_DISPLAY[status].symbol} ${STATUS_DISPLAY[status].label}`;
}

export function claimHeading(claim: ReportClaim): string {
  return `${claim.number}. ${statusLabel(claim.status)} · ${KIND_LABELS[claim.kind]}`;
}

/** Status, who set it, assignee, position and re-check state of one claim. */
export function claimDetails(claim: ReportClaim): Block {
  const rows: Array<{ label: string; value: Inline[] }> = [
    {
      label: "Status",
      value: [
        text(STATUS_DISPLAY[claim.status].label, { strong: true }),
        text(claim.statusChangedBy ? `, set by ${claim.statusChangedBy.name} on ${formatTimestamp(claim.statusChangedAt!)}` : " (never set)"),
      ],
    },
    { label: "Assignee", value: [text(claim.assignee?.name ?? "Nobody")] },
    {
      label: "Position",
      value: [text(claim.paragraph !== null ? `paragraph ${claim.paragraph}` : "none: its text was removed from the article")],
    },
  ];
  if (claim.needsRecheck) rows.push({ label: "Changed since checked", value: [text("yes", { strong: true }), text(`: it read “${claim.previousQuote ?? ""}” when checked`)] });
  else if (claim.anchorState === "shifted" && claim.previousQuote) rows.push({ label: "Text changed", value: [text(`was “${claim.previousQuote}”`)] });
  return { kind: "details", rows };
}

export function decisionDetails(claim: ReportClaim): Block {
  const rows: Array<{ label: string; value: Inline[] }> = [
    {
      label: "Editor's decision",
      value: claim.decision
        ? [text(DECISION_LABELS[claim.decision], { strong: true }), text(claim.decidedBy ? ` (${claim.decidedBy.name}, ${formatTimestamp(claim.decidedAt!)})` : "")]
        : [text("None yet", { strong: true })],
    },
  ];
  if (claim.decisionNote?.trim()) rows.push({ label: "Decision note", value: [text(claim.decisionNote.trim())] });
  return { kind: "details", rows };
}

/** A claim in full, kept together on a page: heading, quote, details, note, sources, discussion. */
export function claimEntry(claim: ReportClaim): Block {
  return { kind: "group", blocks: [{ kind: "heading", level: 3, text: claimHeading(claim) }, { kind: "quote", text: claim.quote }, claimDetails(claim), ...claimBody(claim)] };
}

/** Note, sources and (when included) the discussion of one claim. */
export function claimBody(claim: ReportClaim, noteLabel = "Note"): Block[] {
  const blocks: Block[] = [];
  if (claim.note?.trim()) blocks.push(paragraph(text(`${noteLabel}:`, { strong: true })), { kind: "quote", text: claim.note.trim() });
  blocks.push(...sourceBlocks(claim.sources, "Sources", claim.noSourceReason), ...discussionBlocks(claim));
  return blocks;
}

/** The article's own discussion (comments on no claim), when the report includes discussions and there is one. */
export function articleDiscussionBlocks(report: Report): Block[] {
  if (!report.discussion || report.discussion.length === 0) return [];
  return [
    { kind: "heading", level: 2, text: "Article discussion" },
    {
      kind: "list",
      ordered: false,
      items: report.discussion.map((comment) => [text(`${comment.author.name}, ${formatTimestamp(comment.createdAt)}: `, { strong: true }), text(comment.body)]),
    },
  ];
}

/** The claim's internal discussion, when the report includes it. */
export function discussionBlocks(claim: ReportClaim): Block[] {
  if (!claim.comments) return [];
  if (claim.comments.length === 0) return [paragraph(text("Discussion:", { strong: true }), text(" none."))];
  return [
    paragraph(text("Discussion:", { strong: true })),
    {
      kind: "list",
      ordered: false,
      items: claim.comments.map((comment) => [text(`${comment.author.name}, ${formatTimestamp(comment.createdAt)}: `, { strong: true }), text(comment.body)]),
    },
  ];
}

export function sourceBlocks(sources: ReportSource[], label = "Sources", noSourceReason = ""): Block[] {
  if (sources.length === 0 && noSourceReason.trim()) return [paragraph(text(`${label}:`, { strong: true }), text(` none needed: ${noSourceReason.trim()}`))];
  if (sources.length === 0) return [paragraph(text(`${label}:`, { strong: true }), text(" none."))];
  return [paragraph(text(`${label}:`, { strong: true })), { kind: "list", ordered: true, items: sources.map(sourceItem) }];
}

const evidenceLabel = (contentType: string) => (isEvidenceMediaType(contentType) ? EVIDENCE_MEDIA_TYPES[contentType].label : contentType);

export function sourceItem(source: ReportSource): Inline[] {
  if (source.confidential) {
    return [text(`Confidential source (${SOURCE_KIND_LABELS[source.kind]})`, { strong: true }), text(": identity withheld from reports.")];
  }
  const label = source.title.trim() || source.url || "Untitled source";
  const items: Inline[] = [source.url ? { kind: "link", text: label, href: source.url } : text(label)];
  const details = [SOURCE_KIND_LABELS[source.kind], source.publisher.trim(), source.accessedAt && `accessed ${source.accessedAt}`].filter(Boolean).join(", ");
  items.push(text(` (${details})`));
  if (source.url && source.title.trim()) items.push({ kind: "break" }, text(source.url));
  if (source.excerpt.trim()) items.push({ kind: "break" }, text(`“${source.excerpt.trim()}”`, { emphasis: true }));
  for (const file of source.evidence)
    items.push({ kind: "break" }, text(`Evidence file: ${file.fileName} (${evidenceLabel(file.contentType)}, ${file.size.toLocaleString("en")} bytes), SHA-256 ${file.sha256}`));
  return items;
}

export function formatTimestamp(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}
