import { notFound } from "next/navigation";
import { WorkspaceClient } from "@/components/workspace/workspace-client";
import { parseClaimFilters } from "@/lib/claims/claim-filters";
import { getArticleWithBody } from "@/lib/server/articles/get-article";
import { orNotFound } from "@/lib/server/auth/or-not-found";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { listClaims } from "@/lib/server/claims/list-claims";
import { getDeskSettings } from "@/lib/server/settings/desk-settings";
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
  const [article, claims, users, settings] = await orNotFound(
    Promise.all([getArticleWithBody({ actor, articleId: id }), listClaims({ actor, articleId: id }), listUsers({ actor }), getDeskSettings({ actor })]),
  );
  return (
    <WorkspaceClient
      article={article}
      initialClaims={claims}
      users={users}
      actor={{ id: actor.id, role: actor.role }}
      checkingPolicy={settings.checkingPolicy}
      initialSelectedId={initialSelectedId}
      initialFilters={initialFilters}
    />
  );
}
