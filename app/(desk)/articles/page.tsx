import Link from "next/link";
import { RefreshOnDeskChange } from "@/components/live/live-desk";
import { currentHorizon } from "@/lib/server/live/article-events";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Timestamp } from "@/components/ui/relative-time";
import { can } from "@/lib/permissions";
import { listArticles } from "@/lib/server/articles/list-articles";
import { ARTICLE_STATE_LABELS } from "@/lib/workflow/article-workflow";
import { requirePageUser } from "@/lib/server/auth/page-user";

export const metadata = { title: "Articles · Factdesk" };

export default async function ArticlesPage() {
  const actor = await requirePageUser();
  // Before the read: the live stream announces whatever the read may have missed.
  const liveSince = await currentHorizon();
  const articles = await listArticles({ actor });
  const canCreate = can(actor.role, "article:create");
  return (
    <main className="page">
      <RefreshOnDeskChange since={liveSince} />
      <div className="page__header">
        <div>
          <h1 className="page__title">Articles</h1>
          <p className="page__subtitle">Every article on the desk and how far its check has come.</p>
        </div>
        {canCreate && (
          <Link className="button button--primary" href="/articles/new">
            New article
          </Link>
        )}
      </div>
      {articles.length === 0 ? (
        <div className="empty">
          <p className="empty__title">No articles yet</p>
          <p>{canCreate ? "Paste a draft to start checking it." : "An editor has not added any article yet."}</p>
        </div>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.id} className="article-list__item">
              <div className="article-list__title-row">
                <Link href={`/articles/${article.id}`} className="article-list__title">
                  {article.title}
                </Link>
                <span className={`state-badge state-badge--${article.state}`}>{ARTICLE_STATE_LABELS[article.state]}</span>
              </div>
              <div className="article-list__meta">
                Updated <Timestamp iso={article.updatedAt} /> · by {article.createdBy.name} · {article.claimCount} claim{article.claimCount === 1 ? "" : "s"}
              </div>
              <ProgressBar done={article.resolvedCount} total={article.claimCount} label={`Claims resolved in ${article.title}`} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
