import { redirect } from "next/navigation";
import { ImportArticleForm } from "@/components/articles/import-article-form";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { can } from "@/lib/permissions";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { IMPORT_LIMIT_TEXT, IMPORTABLE_KINDS } from "@/lib/document/importable-files";

export const metadata = { title: "New article · Factdesk" };

export default async function NewArticlePage() {
  const actor = await requirePageUser();
  if (!can(actor.role, "article:create")) redirect("/articles");
  return (
    <main className="page page--narrow">
      <h1 className="page__title">New article</h1>
      <p className="page__subtitle">Paste the draft as plain text or Markdown. Headings, lists, bold, italics and links are kept.</p>
      <NewArticleForm />
      <h2 className="section-title">Or import a file</h2>
      <p className="page__subtitle">
        {IMPORTABLE_KINDS}, up to {IMPORT_LIMIT_TEXT}. Scripts, styles and embedded content are removed.
      </p>
      <ImportArticleForm />
    </main>
  );
}
