import { CLAIM_STATUSES, isResolved, type ClaimStatus } from "../claims/vocabulary";
import type { ArticleDto, ClaimDto, PersonRef, SourceDto } from "../dto";

export const REPORT_SCHEMA = "https://factdesk.dev/schemas/verified-claims-report/v1";

/** The fields of a source a report carries (never internal ids or versions). */
export type ReportSource = Pick<SourceDto, "url" | "title" | "publisher" | "excerpt" | "accessedAt" | "addedBy">;

/** A claim as the report shows it; `start`/`end` are null while it is orphaned. */
export type ReportClaim = Pick<
  ClaimDto,
  "id" | "quote" | "start" | "end" | "kind" | "status" | "note" | "anchorState" | "needsRecheck" | "previousQuote" | "statusChangedBy" | "statusChangedAt"
> & {
  /** 1-based position in document order. */
  number: number;
  sources: ReportSource[];
};

export type VerifiedReport = {
  $schema: typeof REPORT_SCHEMA;
  article: { id: string; title: string; version: number; updatedAt: string };
  generatedAt: string;
  generatedBy: PersonRef;
  totals: { claims: number; resolved: number; needsRecheck: number; orphaned: number; byStatus: Record<ClaimStatus, number> };
  claims: ReportClaim[];
};

export type BuildVerifiedReportOptions = {
  article: ArticleDto;
  /** Already in document order. */
  claims: ClaimDto[];
  generatedBy: PersonRef;
  generatedAt: Date;
};

export function buildVerifiedReport({ article, claims, generatedBy, generatedAt }: BuildVerifiedReportOptions): VerifiedReport {
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) byStatus[claim.status] += 1;
  return {
    $schema: REPORT_SCHEMA,
    article: { id: article.id, title: article.title, version: article.version, updatedAt: article.updatedAt },
    generatedAt: generatedAt.toISOString(),
    generatedBy: { id: generatedBy.id, name: generatedBy.name },
    totals: {
      claims: claims.length,
      resolved: claims.filter((claim) => isResolved(claim.status)).length,
      needsRecheck: claims.filter((claim) => claim.needsRecheck).length,
      orphaned: claims.filter((claim) => claim.anchorState === "orphaned").length,
      byStatus,
    },
    claims: claims.map((claim, index) => ({
      id: claim.id,
      number: index + 1,
      quote: claim.quote,
      start: claim.start,
      end: claim.end,
      kind: claim.kind,
      status: claim.status,
      note: claim.note,
      anchorState: claim.anchorState,
      needsRecheck: claim.needsRecheck,
      previousQuote: claim.previousQuote,
      statusChangedBy: claim.statusChangedBy,
      statusChangedAt: claim.statusChangedAt,
      sources: claim.sources.map((source) => ({
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        excerpt: source.excerpt,
        accessedAt: source.accessedAt,
        addedBy: source.addedBy,
      })),
    })),
  };
}
