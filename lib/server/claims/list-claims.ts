import "server-only";
import type { ClaimDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { claimDtosOfArticle } from "./claim-rows";

export type ListClaimsOptions = { actor: SessionUser; articleId: string };

/** The article's claims in document order, with their sources: one statement. */
export async function listClaims({ actor, articleId }: ListClaimsOptions): Promise<ClaimDto[]> {
  assertCan(actor, "article:read");
  const claims = await claimDtosOfArticle(articleId, actor);
  if (!claims) throw notFound("Article", articleId);
  return claims;
}
