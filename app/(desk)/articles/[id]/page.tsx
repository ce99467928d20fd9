import { notFound } from "next/navigation";
import { WorkspaceClient } from "@/components/workspace/workspace-client";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/permissions";
import { getArticleWithBody } from "@/lib/server/articles/get-article";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { listClaims } from "@/lib/server/claims/list-claims";
import { ZIdSchema } from "@/lib/validation/common";

export const metadata = { title: "Article · Factdesk" };

export default async function ArticleWorkspacePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageUser();
  const { id } = await params;
  if (!ZIdSchema.safeParse(id).success) notFound();
  try {
    const [article, claims] = await Promise.all([getArticleWithBody({ actor, articleId: id }), listClaims({ actor, articleId: id })]);
    return <WorkspaceClient article={article} initialClaims={claims} canWrite={can(actor.role, "claim:write")} canEdit={can(actor.role, "article:edit")} />;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
