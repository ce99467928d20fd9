import { notFound } from "next/navigation";
import { WorkspaceClient } from "@/components/workspace/workspace-client";
import { parseClaimFilters } from "@/lib/claims/claim-filters";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/permissions";
import { getArticleWithBody } from "@/lib/server/articles/get-article";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { listClaims } from "@/lib/server/claims/list-claims";
import { listUsers } from "@/lib/server/users/list-users";
import { ZIdSchema } from "@/lib/validation/common";

export const metadata = { title: "Article · Factdesk" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticleWorkspacePage({ params, searchParams }: Props) {
  const actor = await requirePageUser();
  const { id } = await params;
  if (!ZIdSchema.safeParse(id).success) notFound();
  const query = await searchParams;
  const { claim } = query;
  const initialFilters = parseClaimFilters(new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : []))));
  const initialSelectedId = typeof claim === "string" && ZIdSchema.safeParse(claim).success ? claim : null;
  try {
    const [article, claims, users] = await Promise.all([
      getArticleWithBody({ actor, articleId: id }),
      listClaims({ actor, articleId: id }),
      listUsers({ actor }),
    ]);
    return (
      <WorkspaceClient
        article={article}
        initialClaims={claims}
        users={users}
        role={actor.role}
        actorId={actor.id}
        canWrite={can(actor.role, "claim:write")}
        canEdit={can(actor.role, "article:edit")}
        initialSelectedId={initialSelectedId}
        initialFilters={initialFilters}
      />
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
