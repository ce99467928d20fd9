import Link from "next/link";
import type { UserDto } from "@/lib/dto";
import { ARTICLE_FLAG_LABELS, ARTICLE_FLAGS, ARTICLE_SORT_LABELS, ARTICLE_SORTS, type TArticleListQuery } from "@/lib/validation/article-list";
import { ARTICLE_STATE_LABELS, ARTICLE_STATES } from "@/lib/workflow/article-workflow";

/**
 * The article list's search and filters: a plain GET form, so every view is a link a desk can
 * share and the page works before (and without) its scripts. The sort left at its default is
 * the best match while searching and the latest change otherwise.
 */
export function ArticleFilters({ query, chosenSort, users, filtered }: { query: TArticleListQuery; chosenSort: string | undefined; users: UserDto[]; filtered: boolean }) {
  return (
    <form className="article-filters" role="search" action="/articles" aria-label="Find articles">
      <label className="field field--compact article-filters__search">
        <span className="field__label">Search titles and text</span>
        <input className="input" type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} placeholder='Lisbon budget, "foreign minister"' />
      </label>
      <label className="field field--compact">
        <span className="field__label">State</span>
        <select className="input" name="state" defaultValue={query.state ?? ""}>
          <option value="">Any state</option>
          {ARTICLE_STATES.map((state) => (
            <option key={state} value={state}>
              {ARTICLE_STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--compact">
        <span className="field__label">Lead checker</span>
        <select className="input" name="lead" defaultValue={query.lead ?? ""}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">No lead checker yet</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--compact">
        <span className="field__label">Has</span>
        <select className="input" name="has" defaultValue={query.has ?? ""}>
          <option value="">Any claims</option>
          {ARTICLE_FLAGS.map((flag) => (
            <option key={flag} value={flag}>
              {ARTICLE_FLAG_LABELS[flag]}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--compact">
        <span className="field__label">Updated since</span>
        <input className="input" type="date" name="updatedSince" defaultValue={query.updatedSince ?? ""} min="1900-01-01" max="2199-12-31" />
      </label>
      <label className="field field--compact">
        <span className="field__label">Sort</span>
        <select className="input" name="sort" defaultValue={chosenSort ?? ""}>
          <option value="">Best match, or recently updated</option>
          {ARTICLE_SORTS.filter((sort) => sort !== "relevance").map((sort) => (
            <option key={sort} value={sort}>
              {ARTICLE_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <label className="article-filters__mine">
        <input type="checkbox" name="mine" value="true" defaultChecked={query.mine === true} /> Only mine
      </label>
      <div className="article-filters__actions">
        <button className="button button--primary" type="submit">
          Find
        </button>
        {filtered && (
          <Link className="button button--ghost" href="/articles">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
