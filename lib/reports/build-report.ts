import { createHash } from "node:crypto";
import { CLAIM_KINDS, CLAIM_STATUSES, isResolved, type ClaimKind, type ClaimStatus } from "../claims/vocabulary";
import { BLOCK_SEPARATOR } from "../document/text-model";
import type { ArticleDto, ClaimDto, PersonRef, SourceDto } from "../dto";
import { REPORT_SCHEMA_ID, type Report, type ReportClaim, type ReportComment, type ReportFilters, type ReportSource, type ReportType } from "./report-schema";

/** What the report reads of a claim and its sources (a ClaimDto has all of it). */
export type ReportClaimInput = Pick<
  ClaimDto,
  | "id"
  | "quote"
  | "start"
  | "end"
  | "kind"
  | "status"
  | "note"
  | "anchorState"
  | "needsRecheck"
  | "previousQuote"
  | "correctedQuote"
  | "correctedStatus"
  | "assigneeId"
  | "assignee"
  | "statusChangedBy"
  | "statusChangedAt"
  | "decision"
  | "decisionNote"
  | "noSourceReason"
  | "decidedBy"
  | "decidedAt"
> & { sources: ReportSourceInput[] };

export type ReportSourceInput = Pick<SourceDto, "kind" | "confidential" | "url" | "title" | "publisher" | "excerpt" | "accessedAt" | "addedBy"> & {
  evidence: Pick<SourceDto["evidence"][number], "fileName" | "contentType" | "size" | "sha256">[];
};

export type BuildReportOptions = {
  type: ReportType;
  article: ArticleDto;
  /** The number of the article's latest saved revision, if any. */
  revision: number | null;
  /** Every claim of the article, in document order. */
  claims: ReportClaimInput[];
  /** The claims' discussions by claim id; only read when the filters include comments. */
  comments: ReadonlyMap<string, ReportComment[]>;
  /** The article's own discussion (comments on no claim); only read when the filters include comments. */
  articleComments?: readonly ReportComment[];
  filters: ReportFilters;
  generatedBy: PersonRef;
  generatedAt: Date;
  /** The article's coverage by claims, when known. */
  coverage?: Report["coverage"];
};

export const ALL_CLAIMS: ReportFilters = { statuses: null, kinds: null, assignees: null, notes: true, comments: false };

/**
 * The report as data, before any format: which claims it covers (filters, and for the
 * corrections memo only what must change), their totals, and every source already redacted, so
 * no renderer can leak a confidential source by mistake.
 */
export function buildReport(options: BuildReportOptions): Report {
  const { type, article, filters } = options;
  const numbered = options.claims.map((claim, index) => ({ claim, number: index + 1 }));
  const chosen = numbered.filter(({ claim }) => matchesFilters(claim, filters) && (type !== "corrections" || needsCorrection(claim)));
  const paragraphOf = paragraphLocator(article.text);
  const claims = chosen.map(({ claim, number }) => toReportClaim(claim, number, filters, options.comments, paragraphOf));
  return {
    $schema: REPORT_SCHEMA_ID,
    type,
    article: {
      id: article.id,
      title: article.title,
      version: article.version,
      revision: options.revision,
      updatedAt: article.updatedAt,
      fingerprint: textFingerprint(article.text),
      characters: article.text.length,
      state: article.state,
      signedOffBy: article.signedOffBy ? { id: article.signedOffBy.id, name: article.signedOffBy.name } : null,
      signedOffAt: article.signedOffAt,
    },
    generatedAt: options.generatedAt.toISOString(),
    generatedBy: { id: options.generatedBy.id, name: options.generatedBy.name },
    filters,
    totals: {
      articleClaims: options.claims.length,
      claims: claims.length,
      resolved: claims.filter((claim) => isResolved(claim.status)).length,
      needsRecheck: claims.filter((claim) => claim.needsRecheck).length,
      orphaned: claims.filter((claim) => claim.anchorState === "orphaned").length,
      byStatus: countBy(
        CLAIM_STATUSES,
        claims.map((claim) => claim.status),
      ),
      byKind: countBy(
        CLAIM_KINDS,
        claims.map((claim) => claim.kind),
      ),
    },
    coverage: options.coverage ?? null,
    claims,
    discussion: filters.comments ? [...(options.articleComments ?? [])] : null,
    text: type === "annotated" ? article.text : null,
  };
}

/** SHA-256 of the article text, hex: says exactly which text a report covers. */
export function textFingerprint(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The memo's claims: wrong, disputed, lost from the text, not yet resolved, or whose verdict an edit has voided. */
/** What the corrections memo lists: what must change or be settled, and corrections made (until sign-off). */
export function needsCorrection(claim: Pick<ClaimDto, "status" | "needsRecheck" | "anchorState" | "correctedQuote">): boolean {
  return (
    claim.status === "incorrect" ||
    claim.status === "disputed" ||
    !isResolved(claim.status) ||
    claim.needsRecheck ||
    claim.anchorState === "orphaned" ||
    claim.correctedQuote !== null
  );
}

function matchesFilters(claim: ReportClaimInput, filters: ReportFilters): boolean {
  if (filters.statuses && !filters.statuses.includes(claim.status)) return false;
  if (filters.kinds && !filters.kinds.includes(claim.kind)) return false;
  if (filters.assignees && !filters.assignees.includes(claim.assigneeId ?? "none")) return false;
  return true;
}

/** The paragraph (from 1) an offset of the article text falls in: people find claims by paragraph, not by character. */
export function paragraphLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf(BLOCK_SEPARATOR); index !== -1; index = text.indexOf(BLOCK_SEPARATOR, index + 1)) starts.push(index + BLOCK_SEPARATOR.length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function toReportClaim(
  claim: ReportClaimInput,
  number: number,
  filters: ReportFilters,
  comments: ReadonlyMap<string, ReportComment[]>,
  paragraphOf: (offset: number) => number,
): ReportClaim {
  return {
    id: claim.id,
    number,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    paragraph: claim.start === null ? null : paragraphOf(claim.start),
    kind: claim.kind,
    status: claim.status,
    note: filters.notes ? claim.note : null,
    anchorState: claim.anchorState,
    needsRecheck: claim.needsRecheck,
    previousQuote: claim.previousQuote,
    correctedFrom: claim.correctedQuote !== null && claim.correctedStatus !== null ? { quote: claim.correctedQuote, status: claim.correctedStatus } : null,
    assignee: claim.assignee,
    statusChangedBy: claim.statusChangedBy,
    statusChangedAt: claim.statusChangedAt,
    decision: claim.decision,
    decisionNote: filters.notes ? claim.decisionNote : null,
    decidedBy: claim.decidedBy,
    decidedAt: claim.decidedAt,
    noSourceReason: claim.noSourceReason,
    sources: claim.sources.map(toReportSource),
    comments: filters.comments ? (comments.get(claim.id) ?? []) : null,
  };
}

/** A confidential source keeps only its kind: no title, address, excerpt, publisher or contact. */
export function toReportSource(source: ReportSourceInput): ReportSource {
  if (source.confidential) return { confidential: true, kind: source.kind };
  return {
    confidential: false,
    kind: source.kind,
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    excerpt: source.excerpt,
    accessedAt: source.accessedAt,
    addedBy: source.addedBy,
    evidence: source.evidence.map(({ fileName, contentType, size, sha256 }) => ({ fileName, contentType, size, sha256 })),
  };
}

function countBy<K extends ClaimStatus | ClaimKind>(keys: readonly K[], values: K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}
