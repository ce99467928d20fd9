/** The article list's address for `page` of the view `params` describes (its search and filters kept, page 1 without a page). */
export function articleListHref(params: Record<string, string>, page: number): string {
  const search = new URLSearchParams(params);
  search.delete("page");
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `/articles?${query}` : "/articles";
}

/** The page numbers a pager offers around `page` of `pages`: the first, the last and two either side, with null for a gap. */
export function pagerPages(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((number) => number >= 1 && number <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const number of sorted) {
    const before = result.at(-1);
    if (typeof before === "number" && number - before > 1) result.push(number - before === 2 ? number - 1 : null);
    result.push(number);
  }
  return result;
}
