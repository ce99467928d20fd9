import Link from "next/link";
import { articleListHref, pagerPages } from "@/lib/articles/list-href";
import { MAX_PAGE } from "@/lib/validation/article-list";

/** Previous, next and page numbers under the article list (links: each page has its address). */
export function ArticlePager({ raw, page, pageSize, total }: { raw: Record<string, string>; page: number; pageSize: number; total: number }) {
  const pages = Math.min(Math.ceil(total / pageSize), MAX_PAGE);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages of articles">
      {page > 1 ? (
        <Link className="button button--small" href={articleListHref(raw, page - 1)} rel="prev" prefetch={false}>
          ← Previous
        </Link>
      ) : (
        <span className="button button--small" aria-disabled="true">
          ← Previous
        </span>
      )}
      <ol className="pager__pages">
        {pagerPages(page, pages).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} className="pager__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span className="pager__page pager__page--current" aria-current="page">
                  {number}
                </span>
              ) : (
                <Link className="pager__page" href={articleListHref(raw, number)} aria-label={`Page ${number}`} prefetch={false}>
                  {number}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {page < pages ? (
        <Link className="button button--small" href={articleListHref(raw, page + 1)} rel="next" prefetch={false}>
          Next →
        </Link>
      ) : (
        <span className="button button--small" aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
