import { notFound } from "next/navigation";
import { WorkspaceClient } from "@/components/workspace/workspace-client";
import { parseClaimFilters } from "@/lib/claims/claim-filters";
import { getArticleToFollow } from "@/lib/server/articles/get-article";
import { orNotFound } from "@/lib/server/auth/or-not-found";
import { requirePageUser } from "@/lib/server/auth/page-user";
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
  // The claims come from the API once the workspace opens (use-claims.ts).
  const [{ article, liveSince }, users, settings] = await orNotFound(Promise.all([getArticleToFollow({ actor, articleId: id }), listUsers({ actor }), getDeskSettings({ actor })]));
  return (
    <WorkspaceClient
      article={article}
      liveSince={liveSince}
      users={users}
      actor={{ id: actor.id, role: actor.role }}
      checkingPolicy={settings.checkingPolicy}
      initialSelectedId={initialSelectedId}
      initialFilters={initialFilters}
    />
  );
}
