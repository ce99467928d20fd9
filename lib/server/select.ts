import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimDto, EvidenceFileDto, ProposalDto, SourceDto } from "@/lib/dto";
import { isEvidenceMediaType } from "@/lib/evidence/media-types";
import { proposalApplies } from "@/lib/proposals/proposal-rules";
import { canSeeConfidentialSource, type ConfidentialityContext } from "@/lib/permissions";
import type { SessionUser } from "./auth/session-user";

// The columns each DTO needs, chosen once so every query returns the same shape.

export const personSelect = { select: { id: true, name: true } } as const;

export const evidenceSelect = {
  id: true,
  sourceId: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
  createdAt: true,
  uploadedBy: personSelect,
} satisfies Prisma.EvidenceFileSelect;

/** A complete evidence file (an upload in progress has no hash yet). */
export const completeEvidence = { sha256: { not: "" } } satisfies Prisma.EvidenceFileWhereInput;

type EvidenceRow = Prisma.EvidenceFileGetPayload<{ select: typeof evidenceSelect }>;

export function toEvidenceDto(row: EvidenceRow): EvidenceFileDto {
  return {
    ...row,
    contentType: isEvidenceMediaType(row.contentType) ? row.contentType : "text/plain",
    createdAt: row.createdAt.toISOString(),
    href: `/api/evidence/${row.id}`,
  };
}

export const sourceSelect = {
  id: true,
  claimId: true,
  kind: true,
  confidential: true,
  contact: true,
  url: true,
  title: true,
  publisher: true,
  excerpt: true,
  accessedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  addedBy: personSelect,
  evidence: { where: completeEvidence, select: evidenceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.SourceSelect;

export const proposalSelect = {
  id: true,
  claimId: true,
  quote: true,
  replacement: true,
  note: true,
  state: true,
  proposedBy: personSelect,
  createdAt: true,
  decidedBy: personSelect,
  decidedAt: true,
  decisionNote: true,
  revision: true,
} satisfies Prisma.ProposalSelect;

export type ProposalRow = Prisma.ProposalGetPayload<{ select: typeof proposalSelect }>;

/** A proposal as the API returns it; `claim` says whether it still applies. */
export function toProposalDto(row: ProposalRow, claim: Parameters<typeof proposalApplies>[1]): ProposalDto {
  return {
    ...row,
    applies: proposalApplies(row, claim),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
  };
}

export const claimSelect = {
  id: true,
  articleId: true,
  quote: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  kind: true,
  status: true,
  note: true,
  anchorState: true,
  needsRecheck: true,
  previousQuote: true,
  correctedQuote: true,
  correctedStatus: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  statusChangedAt: true,
  createdBy: personSelect,
  updatedBy: personSelect,
  statusChangedBy: personSelect,
  assigneeId: true,
  assignee: personSelect,
  decision: true,
  decisionNote: true,
  noSourceReason: true,
  hint: true,
  decidedBy: personSelect,
  decidedAt: true,
  threadResolvedAt: true,
  threadResolvedBy: personSelect,
  _count: { select: { comments: true } },
  sources: { select: sourceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  proposals: { where: { state: "open" }, select: proposalSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  // Whose confidential sources a reader may see depends on the article's lead checker.
  article: { select: { leadCheckerId: true } },
} satisfies Prisma.ClaimSelect;

/** Document order: by start, the longer (enclosing) claim first, then oldest first; orphans last. */
export const claimDocumentOrder = [
  { start: { sort: "asc", nulls: "last" } },
  { end: { sort: "desc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.ClaimOrderByWithRelationInput[];

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
export type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

/** Who is reading, and whom a confidential source's claim is assigned to: every source leaves the server through here. */
export type SourceReader = { actor: Pick<SessionUser, "id" | "role"> } & Omit<ConfidentialityContext, "addedById">;

/**
 * A source as `reader` may see it; "internal" gives every detail, for what the server keeps to
 * itself (the history's snapshots, which are hidden on the way out instead).
 */
export function toSourceDto(row: SourceRow, reader: SourceReader | "internal"): SourceDto {
  const dto: SourceDto = {
    ...row,
    accessedAt: row.accessedAt ? row.accessedAt.toISOString().slice(0, 10) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    detailsHidden: false,
    evidence: row.evidence.map(toEvidenceDto),
  };
  return row.confidential && reader !== "internal" && !canSeeConfidentialSource(reader.actor, { ...reader, addedById: row.addedBy.id }) ? hideDetails(dto) : dto;
}

/** A source with what decides who may see it, when it is read on its own. */
export const sourceWithClaimSelect = {
  ...sourceSelect,
  claim: { select: { articleId: true, assigneeId: true, article: { select: { leadCheckerId: true } } } },
} satisfies Prisma.SourceSelect;

export function sourceReader(actor: Pick<SessionUser, "id" | "role">, claim: { assigneeId: string | null; article: { leadCheckerId: string | null } }): SourceReader {
  return { actor, assigneeId: claim.assigneeId, leadCheckerId: claim.article.leadCheckerId };
}

/** What a reader who may not see a confidential source learns: that it exists, its kind, who added it and when. */
export function hideDetails(source: SourceDto): SourceDto {
  return { ...source, contact: "", url: "", title: "", publisher: "", excerpt: "", accessedAt: null, detailsHidden: true, evidence: [] };
}

export function toClaimDto({ _count, article, ...row }: ClaimRow, actor: Pick<SessionUser, "id" | "role">): ClaimDto {
  const reader: SourceReader = { actor, assigneeId: row.assigneeId, leadCheckerId: article.leadCheckerId };
  return {
    ...row,
    commentCount: _count.comments,
    threadResolvedAt: row.threadResolvedAt ? row.threadResolvedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    statusChangedAt: row.statusChangedAt ? row.statusChangedAt.toISOString() : null,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    sources: row.sources.map((source) => toSourceDto(source, reader)),
    proposals: row.proposals.map((proposal) => toProposalDto(proposal, row)),
  };
}
