import "server-only";
import type { ClaimKind, ClaimStatus } from "@/lib/claims/vocabulary";
import type { QueueItemDto } from "@/lib/dto";
import type { SessionUser } from "../auth/session-user";
import { queryRows, sqlIsoTime, type Statement } from "../sql";

export type QueueFilters = { status?: ClaimStatus; kind?: ClaimKind; articleId?: string };

/**
 * The signed-in user's open claims across articles, oldest first: assigned to them and not yet
 * resolved, orphaned, or changed since checked; and, when nobody is assigned, the claims they
 * judged whose text changed since. One statement, in flat columns: the rows are read as the
 * answer's objects in JS, which under load costs less than Postgres building an article object
 * per row and pg parsing it back (docs/performance.md, "Part 7").
 */
const QUEUE: Statement = {
  name: "my-queue",
  text: `SELECT c."id", c."quote", c."kind"::text AS "kind", c."status"::text AS "status", c."needsRecheck", c."anchorState"::text AS "anchorState",
      ${sqlIsoTime('c."createdAt"')} AS "createdAt", a."id" AS "articleId", a."title" AS "articleTitle", a."state"::text AS "articleState"
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    WHERE ((c."assigneeId" = $1 AND (c."status" IN ('unchecked', 'in_progress') OR c."needsRecheck" OR c."anchorState" = 'orphaned'))
        OR (c."assigneeId" IS NULL AND c."statusChangedById" = $1 AND c."needsRecheck"))
      AND ($2::text IS NULL OR c."status"::text = $2) AND ($3::text IS NULL OR c."kind"::text = $3) AND ($4::text IS NULL OR c."articleId" = $4)
    ORDER BY c."createdAt" ASC, c."id" ASC LIMIT 500`,
};

type QueueRow = QueueItemDto["claim"] & { articleId: string; articleTitle: string; articleState: QueueItemDto["article"]["state"] };

export async function getMyQueue({ actor, filters = {} }: { actor: SessionUser; filters?: QueueFilters }): Promise<QueueItemDto[]> {
  const rows = await queryRows<QueueRow>(QUEUE, [actor.id, filters.status ?? null, filters.kind ?? null, filters.articleId ?? null]);
  return rows.map(({ articleId, articleTitle, articleState, ...claim }) => ({ claim, article: { id: articleId, title: articleTitle, state: articleState } }));
}
