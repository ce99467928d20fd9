import { SearchResults } from "@/components/search/search-results";
import { describeZodError } from "@/lib/http/api-route";
import { pageQuery } from "@/lib/http/page-query";
import { requirePageUser } from "@/lib/server/auth/page-user";
import { searchDesk } from "@/lib/server/search/search-desk";
import { SEARCH_KIND_LABELS } from "@/lib/search/search-kinds";
import { textProblem } from "@/lib/validation/storable";
import { ZSearchQuerySchema } from "@/lib/validation/search";

export const metadata = { title: "Search · Factdesk" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const actor = await requirePageUser();
  const raw = pageQuery(await searchParams);
  const unstorable = Object.entries(raw).flatMap(([name, value]) => {
    const problem = textProblem(value);
    return problem ? [`The ${name} ${problem}.`] : [];
  });
  const parsed = unstorable.length === 0 && raw.q !== undefined ? ZSearchQuerySchema.safeParse(raw) : null;
  const results = parsed?.success ? await searchDesk({ actor, query: parsed.data }) : null;
  return (
    <main className="page">
      <h1 className="page__title">{parsed?.success && parsed.data.kind ? `Search: ${SEARCH_KIND_LABELS[parsed.data.kind].toLowerCase()}` : "Search the desk"}</h1>
      <p className="page__subtitle">Articles, claims, sources, comments and the register. Use “quotes” for a phrase, or between words, and -word to leave one out.</p>
      <form className="search-form" role="search" aria-label="Search the desk" action="/search">
        <label className="visually-hidden" htmlFor="search-page-q">
          Search the desk
        </label>
        <input id="search-page-q" className="input" type="search" name="q" defaultValue={typeof raw.q === "string" ? raw.q : ""} maxLength={200} autoFocus={!raw.q} />
        {parsed?.success && parsed.data.kind && <input type="hidden" name="kind" value={parsed.data.kind} />}
        <button className="button button--primary" type="submit">
          Search
        </button>
      </form>
      {(unstorable.length > 0 || (parsed && !parsed.success)) && (
        <p className="notice notice--error" role="alert">
          {unstorable[0] ?? (parsed && !parsed.success ? describeZodError(parsed.error) : "")}
        </p>
      )}
      {results && <SearchResults results={results} kind={parsed?.success ? parsed.data.kind : undefined} />}
    </main>
  );
}
