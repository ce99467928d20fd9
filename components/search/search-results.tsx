import Link from "next/link";
import { StatusBadge } from "@/components/claims/status-badge";
import { Timestamp } from "@/components/ui/relative-time";
import { KIND_LABELS, SOURCE_KIND_LABELS } from "@/lib/claims/vocabulary";
import { RESULTS_PER_PAGE, SEARCH_KIND_LABELS, type SearchGroup, type SearchHit, type SearchKind, type SearchResultsDto } from "@/lib/search/search-kinds";
import { MAX_SEARCH_PAGE } from "@/lib/validation/search";
import { ARTICLE_STATE_LABELS } from "@/lib/workflow/article-workflow";
import { Snippet } from "./snippet";

const searchHrefOf = (q: string, kind?: SearchKind, page?: number) =>
  `/search?${new URLSearchParams({ q, ...(kind ? { kind } : {}), ...(page && page > 1 ? { page: String(page) } : {}) }).toString()}`;

const count = (group: SearchGroup) => `${group.total.toLocaleString("en")}${group.capped ? "+" : ""}`;

/** What a search found, by kind: every kind's best few, or one kind a page at a time. */
export function SearchResults({ results, kind }: { results: SearchResultsDto; kind?: SearchKind }) {
  const found = results.groups.some((group) => group.total > 0);
  if (!found) {
    return (
      <div className="empty" role="status">
        <p className="empty__title">Nothing on the desk matches “{results.q}”.</p>
        <p>Try fewer or other words; names also match in part (“Rubi”) or misspelt in the register.</p>
      </div>
    );
  }
  return (
    <div className="search-results">
      {kind && (
        <p>
          <Link href={searchHrefOf(results.q)}>← Every kind of result</Link>
        </p>
      )}
      {results.groups.map((group) => (
        <section key={group.kind} className="search-group" aria-labelledby={`search-group-${group.kind}`} data-search-kind={group.kind}>
          <h2 id={`search-group-${group.kind}`} className="search-group__title">
            {SEARCH_KIND_LABELS[group.kind]} <span className="muted">({count(group)})</span>
          </h2>
          {group.results.length === 0 ? (
            <p className="muted">{group.total === 0 ? "None match." : "No more on this page."}</p>
          ) : (
            <ol className="search-group__list">
              {group.results.map((hit) => (
                <li key={hit.id} className="search-hit" data-search-hit={hit.kind}>
                  <Hit hit={hit} />
                </li>
              ))}
            </ol>
          )}
          {!kind && group.total > group.results.length && (
            <p>
              <Link href={searchHrefOf(results.q, group.kind)}>
                Show all {count(group)} {SEARCH_KIND_LABELS[group.kind].toLowerCase()}
              </Link>
            </p>
          )}
          {kind && <KindPager q={results.q} group={group} page={results.page} />}
        </section>
      ))}
    </div>
  );
}

function KindPager({ q, group, page }: { q: string; group: SearchGroup; page: number }) {
  const pages = Math.min(Math.ceil(group.total / RESULTS_PER_PAGE), MAX_SEARCH_PAGE);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={`Pages of ${SEARCH_KIND_LABELS[group.kind].toLowerCase()}`}>
      {page > 1 && (
        <Link className="button button--small" href={searchHrefOf(q, group.kind, page - 1)} rel="prev">
          ← Previous
        </Link>
      )}
      <span className="muted">
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link className="button button--small" href={searchHrefOf(q, group.kind, page + 1)} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  switch (hit.kind) {
    case "articles":
      return (
        <>
          <Link className="search-hit__title" href={hit.href}>
            <Snippet segments={hit.title} />
          </Link>
          <p className="search-hit__snippet">
            <Snippet segments={hit.snippet} />
          </p>
          <p className="search-hit__meta muted">
            {ARTICLE_STATE_LABELS[hit.state]} · updated <Timestamp iso={hit.updatedAt} />
          </p>
        </>
      );
    case "claims":
      return (
        <>
          <Link className="search-hit__title" href={hit.href}>
            “<Snippet segments={hit.quote} />”
          </Link>
          {hit.note && (
            <p className="search-hit__snippet">
              Note: <Snippet segments={hit.note} />
            </p>
          )}
          <p className="search-hit__meta muted">
            <StatusBadge status={hit.status} /> {KIND_LABELS[hit.claimKind]} in {hit.article.title}
          </p>
        </>
      );
    case "sources":
      return (
        <>
          <Link className="search-hit__title" href={hit.href}>
            <Snippet segments={hit.title.length > 0 ? hit.title : [{ text: hit.url || SOURCE_KIND_LABELS[hit.sourceKind], match: false }]} />
          </Link>
          {hit.excerpt.length > 0 && (
            <p className="search-hit__snippet">
              <Snippet segments={hit.excerpt} />
            </p>
          )}
          <p className="search-hit__meta muted">
            {SOURCE_KIND_LABELS[hit.sourceKind]}
            {hit.confidential && " · confidential"}
            {hit.publisher && ` · ${hit.publisher}`} · for “{hit.claim.quote}” in {hit.article.title}
          </p>
        </>
      );
    case "comments":
      return (
        <>
          <Link className="search-hit__title" href={hit.href}>
            {hit.author.name} on {hit.claim ? `“${hit.claim.quote}”` : "the article"}
          </Link>
          <p className="search-hit__snippet">
            <Snippet segments={hit.body} />
          </p>
          <p className="search-hit__meta muted">
            In {hit.article.title} · <Timestamp iso={hit.createdAt} />
          </p>
        </>
      );
    case "register":
      return (
        <>
          <Link className="search-hit__title" href={hit.href}>
            {hit.name}
          </Link>
          <p className="search-hit__meta muted">
            {hit.entryKind === "person" ? "Person" : "Organization"}
            {hit.matchedName && ` · also written “${hit.matchedName}”`}
            {hit.titles.length > 0 && ` · ${hit.titles.join("; ")}`}
          </p>
        </>
      );
  }
}
