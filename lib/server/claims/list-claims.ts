import "server-only";
import type { ClaimDto } from "@/lib/dto";
import { assertCan } from "@/lib/permissions";
import { assertArticleExists } from "../articles/get-article";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { claimDocumentOrder, claimSelect, toClaimDto } from "../select";

export type ListClaimsOptions = { actor: SessionUser; articleId: string };

/** The article's claims in document order, with their sources: a fixed number of queries. */
export async function listClaims({ actor, articleId }: ListClaimsOptions): Promise<ClaimDto[]> {
  assertCan(actor, "article:read");
  const [, rows] = await Promise.all([assertArticleExists(articleId), getDb().claim.findMany({ where: { articleId }, orderBy: claimDocumentOrder, select: claimSelect })]);
  return rows.map((row) => toClaimDto(row, actor));
}
