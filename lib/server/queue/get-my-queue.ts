import "server-only";
import type { ClaimKind, ClaimStatus } from "@/lib/claims/vocabulary";
import type { QueueItemDto } from "@/lib/dto";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";

export type QueueFilters = { status?: ClaimStatus; kind?: ClaimKind; articleId?: string };

/**
 * The signed-in user's open claims across articles, oldest first: assigned to them and not yet
 * resolved, orphaned, or changed since checked; and, when nobody is assigned, the claims they
 * judged whose text changed since.
 */
export async function getMyQueue({ actor, filters = {} }: { actor: SessionUser; filters?: QueueFilters }): Promise<QueueItemDto[]> {
  const where: Prisma.ClaimWhereInput = {
    OR: [
      { assigneeId: actor.id, OR: [{ status: { in: ["unchecked", "in_progress"] } }, { needsRecheck: true }, { anchorState: "orphaned" }] },
      { assigneeId: null, statusChangedById: actor.id, needsRecheck: true },
    ],
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.articleId ? { articleId: filters.articleId } : {}),
  };
  const claims = await getDb().claim.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      quote: true,
      kind: true,
      status: true,
      needsRecheck: true,
      anchorState: true,
      createdAt: true,
      article: { select: { id: true, title: true, state: true } },
    },
  });
  return claims.map(({ article, createdAt, ...claim }) => ({ claim: { ...claim, createdAt: createdAt.toISOString() }, article }));
}
