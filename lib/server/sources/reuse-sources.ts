import "server-only";
import type { SourceDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan, canSeeConfidentialSource } from "@/lib/permissions";
import type { TReuseSources } from "@/lib/validation/source";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { completeEvidence, evidenceSelect } from "../select";
import { insertSources } from "./add-source";

/**
 * Copies chosen sources of an earlier claim (of the same fact, in another article) onto
 * `claimId`, each recorded in the claim's history as reused from that claim, with its evidence
 * files (new file rows naming the same stored bytes, so the copy costs no storage and outlives
 * the original's deletion). A confidential source is copied only by someone who may see its
 * details (and stays confidential).
 */
export async function reuseSources({ actor, claimId, input }: { actor: SessionUser; claimId: string; input: TReuseSources }): Promise<SourceDto[]> {
  assertCan(actor, "source:write");
  if (input.fromClaimId === claimId) throw new AppError("UNPROCESSABLE", "The sources are already on this claim.");
  const from = await getDb().claim.findUnique({
    where: { id: input.fromClaimId },
    select: {
      id: true,
      articleId: true,
      assigneeId: true,
      article: { select: { title: true, leadCheckerId: true } },
      sources: {
        where: { id: { in: input.sourceIds } },
        include: { evidence: { where: completeEvidence, select: { ...evidenceSelect, blobId: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      },
    },
  });
  if (!from) throw notFound("Claim", input.fromClaimId);
  const missing = input.sourceIds.filter((id) => !from.sources.some((source) => source.id === id));
  if (missing.length > 0) throw new AppError("UNPROCESSABLE", `Not sources of claim ${from.id}: ${missing.join(", ")}.`);
  const hidden = from.sources.filter(
    (source) => source.confidential && !canSeeConfidentialSource(actor, { assigneeId: from.assigneeId, leadCheckerId: from.article.leadCheckerId, addedById: source.addedById }),
  );
  if (hidden.length > 0) throw new AppError("FORBIDDEN", `Source ${hidden[0]!.id} is confidential: only those who may see its details may reuse it.`);
  const reusedFrom = { claimId: from.id, articleId: from.articleId, articleTitle: from.article.title };
  const ordered = input.sourceIds.map((id) => from.sources.find((source) => source.id === id)!);
  return insertSources({
    actor,
    claimId,
    sources: ordered.map((source) => ({
      kind: source.kind,
      confidential: source.confidential,
      contact: source.contact,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      excerpt: source.excerpt,
      accessedAt: source.accessedAt ? source.accessedAt.toISOString().slice(0, 10) : null,
      reusedFrom,
      evidence: source.evidence.map(({ id, sourceId, ...file }) => file),
    })),
  });
}
