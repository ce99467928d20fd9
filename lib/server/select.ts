import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimDto, SourceDto } from "@/lib/dto";

// The columns each DTO needs, chosen once so every query returns the same shape.

export const personSelect = { select: { id: true, name: true } } as const;

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
} satisfies Prisma.SourceSelect;

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
  decidedBy: personSelect,
  decidedAt: true,
  threadResolvedAt: true,
  threadResolvedBy: personSelect,
  _count: { select: { comments: true } },
  sources: { select: sourceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.ClaimSelect;

/** Document order: by start, the longer (enclosing) claim first, then oldest first; orphans last. */
export const claimDocumentOrder = [
  { start: { sort: "asc", nulls: "last" } },
  { end: { sort: "desc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.ClaimOrderByWithRelationInput[];

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

export function toSourceDto(row: SourceRow): SourceDto {
  return {
    ...row,
    accessedAt: row.accessedAt ? row.accessedAt.toISOString().slice(0, 10) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toClaimDto({ _count, ...row }: ClaimRow): ClaimDto {
  return {
    ...row,
    commentCount: _count.comments,
    threadResolvedAt: row.threadResolvedAt ? row.threadResolvedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    statusChangedAt: row.statusChangedAt ? row.statusChangedAt.toISOString() : null,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    sources: row.sources.map(toSourceDto),
  };
}
