import { redirect } from "next/navigation";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/lib/server/auth/page-user";

export const metadata = { title: "New article · Factdesk" };

export default async function NewArticlePage() {
  const actor = await requirePageUser();
  if (!can(actor.role, "article:create")) redirect("/articles");
  return (
    <main className="page page--narrow">
      <h1 className="page__title">New article</h1>
      <p className="page__subtitle">Paste the draft as plain text or Markdown. Headings, lists, bold, italics and links are kept.</p>
      <NewArticleForm />
    </main>
  );
}
