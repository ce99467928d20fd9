import "server-only";
import { buildAnnotationCollection } from "@/lib/publishing/web-annotation-export";
import { getArticle } from "../articles/get-article";
import type { SessionUser } from "../auth/session-user";
import { listClaims } from "../claims/list-claims";

export type ExportAnnotationsOptions = { actor: SessionUser; articleId: string; /** The app's public origin, for annotation ids. */ origin: string };

export async function exportAnnotations({ actor, articleId, origin }: ExportAnnotationsOptions) {
  const [article, claims] = await Promise.all([getArticle({ actor, articleId }), listClaims({ actor, articleId })]);
  return buildAnnotationCollection({
    articleUrl: `${origin}/articles/${article.id}`,
    collectionUrl: `${origin}/api/articles/${article.id}/annotations`,
    claimUrl: (claimId) => `${origin}/api/claims/${claimId}`,
    title: article.title,
    text: article.text,
    claims,
  });
}
