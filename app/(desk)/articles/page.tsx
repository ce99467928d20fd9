import Link from "next/link";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticlePager } from "@/components/articles/article-pager";
import { articleListHref } from "@/lib/articles/list-href";
import { RefreshOnDeskChange } from "@/components/live/live-desk";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Timestamp } from "@/components/ui/relative-time";
import { describeZodError } from "@/lib/http/api-route";
import { pageQuery } from "@/lib/http/page-query";
import { can } from "@/lib/permissions";
import { listArticles } from "@/lib/server/articles/list-articles";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { currentHorizon } from "@/lib/server/live/article-events";
import { listUsers } from "@/lib/server/users/list-users";
import { ZArticleListQuerySchema, type TArticleListQuery } from "@/lib/validation/article-list";
import { ARTICLE_STATE_LABELS } from "@/lib/workflow/article-workflow";

export const metadata = { title: "Articles · Factdesk" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const actor = await requirePageUser();
  const raw = pageQuery(await searchParams);
  const parsed = ZArticleListQuerySchema.safeParse(raw);
  const query: TArticleListQuery = parsed.success ? parsed.data : { q: undefined, cursor: undefined, sort: "updated" };
  const filtered = Object.keys(raw).some((name) => name !== "page");
  // Before the read: the live stream announces whatever the read may have missed.
  const liveSince = await currentHorizon();
  const [result, users] = await Promise.all([listArticles({ actor, query }), listUsers({ actor })]);
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
      <ArticleFilters query={query} chosenSort={parsed.success ? raw.sort : undefined} users={users} filtered={filtered} />
      {!parsed.success && (
        <p className="notice notice--error" role="alert">
          <span>These filters could not be read ({describeZodError(parsed.error)}); showing every article instead.</span>
        </p>
      )}
      {result.total === 0 ? (
        <div className="empty">
          {filtered ? (
            <>
              <p className="empty__title">No article matches</p>
              <p>Try other words or fewer filters.</p>
            </>
          ) : (
            <>
              <p className="empty__title">No articles yet</p>
              <p>{canCreate ? "Paste a draft to start checking it." : "An editor has not added any article yet."}</p>
            </>
          )}
        </div>
      ) : (
        <>
          <p className="article-count" aria-live="polite" data-article-total={result.total}>
            {describeRange(result.page ?? 1, result.pageSize, result.articles.length, result.total)}
          </p>
          {result.articles.length === 0 ? (
            <div className="empty empty--compact">
              <p className="empty__title">No articles on this page</p>
              <Link href={articleListHref(raw, 1)}>Back to the first page</Link>
            </div>
          ) : (
            <ul className="article-list">
              {result.articles.map((article) => (
                <li key={article.id} className="article-list__item">
                  <div className="article-list__title-row">
                    <Link href={`/articles/${article.id}`} className="article-list__title" prefetch={false}>
                      {article.title}
                    </Link>
                    <span className={`state-badge state-badge--${article.state}`}>{ARTICLE_STATE_LABELS[article.state]}</span>
                    {article.incorrectCount > 0 && <span className="flag-badge flag-badge--incorrect">{article.incorrectCount} incorrect</span>}
                    {article.disputedCount > 0 && <span className="flag-badge flag-badge--disputed">{article.disputedCount} disputed</span>}
                    {article.recheckCount > 0 && <span className="flag-badge flag-badge--recheck">{article.recheckCount} to check again</span>}
                  </div>
                  <div className="article-list__meta">
                    Updated <Timestamp iso={article.updatedAt} /> · by {article.createdBy.name}
                    {article.leadChecker && <> · lead checker {article.leadChecker.name}</>} · {article.claimCount} claim{article.claimCount === 1 ? "" : "s"}
                  </div>
                  <ProgressBar done={article.resolvedCount} total={article.claimCount} label={`Claims resolved in ${article.title}`} />
                </li>
              ))}
            </ul>
          )}
          <ArticlePager raw={raw} page={result.page ?? 1} pageSize={result.pageSize} total={result.total} />
        </>
      )}
    </main>
  );
}

function describeRange(page: number, pageSize: number, shown: number, total: number): string {
  const count = `${total.toLocaleString("en")} article${total === 1 ? "" : "s"}`;
  if (shown === 0 || total <= pageSize) return count;
  const first = (page - 1) * pageSize + 1;
  return `${first.toLocaleString("en")}–${(first + shown - 1).toLocaleString("en")} of ${count}`;
}
