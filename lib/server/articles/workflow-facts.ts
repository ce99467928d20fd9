import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { coverageFromRows } from "@/lib/suggestions/suggestions";
import { readCheckingPolicy, type CheckingPolicy } from "@/lib/workflow/checking-policy";
import type { WorkflowArticle, WorkflowClaim } from "@/lib/workflow/article-workflow";

export type WorkflowFacts = { claims: WorkflowClaim[]; policy: CheckingPolicy; article: WorkflowArticle };

/**
 * What the desk's checking policy is judged on: the article's claims in document order (with
 * their sources counted), the policy itself, and the article's coverage when the policy sets a
 * minimum (computed only then: it reads the text).
 */
export async function loadWorkflowFacts(db: Prisma.TransactionClient, articleId: string): Promise<WorkflowFacts> {
  const [rows, settings] = await Promise.all([
    db.claim.findMany({
      where: { articleId },
      orderBy: [{ start: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: {
        id: true,
        quote: true,
        status: true,
        needsRecheck: true,
        anchorState: true,
        decision: true,
        note: true,
        noSourceReason: true,
        start: true,
        end: true,
        _count: { select: { sources: true } },
      },
    }),
    db.deskSettings.findUnique({ where: { id: "desk" }, select: { checkingPolicy: true } }),
  ]);
  const policy = readCheckingPolicy(settings?.checkingPolicy ?? null);
  const claims = rows.map(({ _count, start: _start, end: _end, ...claim }) => ({ ...claim, sourceCount: _count.sources }));
  if (policy.minimumCoverage === null) return { claims, policy, article: { coverage: null, coverageWaiver: "" } };
  const [article, dismissals] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true, coverageWaiver: true } }),
    db.suggestionDismissal.findMany({ where: { articleId }, select: { kind: true, quote: true } }),
  ]);
  const coverage = coverageFromRows({ text: article.text, claims: rows, dismissals });
  return { claims, policy, article: { coverage, coverageWaiver: article.coverageWaiver } };
}
