"use client";
import { useCallback, useState } from "react";
import useSWR from "swr";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { SuggestionKind } from "@/lib/suggestions/kinds";
import type { RegisterDay } from "@/lib/register/article-day";
import type { Coverage, Suggestion } from "@/lib/suggestions/suggestions";

type SuggestionsResponse = { articleVersion: number; suggestions: Suggestion[]; coverage: Coverage; registerDay: RegisterDay };

const fetchSuggestions = ([url]: [string, string]) => apiFetch<SuggestionsResponse>(url);

/**
 * The article's claim suggestions and coverage, fetched from the API and again whenever the
 * claims or the saved text change (`revision` is part of the cache key; null waits for the claims).
 */
export function useSuggestions(articleId: string, revision: string | null, onClaimsChanged: () => Promise<void>) {
  const {
    data,
    error: loadError,
    mutate,
  } = useSWR<SuggestionsResponse, Error, [string, string] | null>(revision === null ? null : [`/api/articles/${articleId}/suggestions`, revision], fetchSuggestions, {
    keepPreviousData: true,
    revalidateOnFocus: false,
  });
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (request: () => Promise<unknown>, changesClaims: boolean) => {
      setBusy(true);
      try {
        await request();
        setActionError(null);
        // New claims change the revision, which reloads the suggestions; otherwise reload here.
        if (changesClaims) await onClaimsChanged();
        else await mutate();
        return true;
      } catch (caught) {
        setActionError(caught instanceof ApiError ? caught.message : "That did not work; nothing changed.");
        if (caught instanceof ApiError && caught.status === 404) await mutate();
        return false;
      } finally {
        setBusy(false);
      }
    },
    [mutate, onClaimsChanged],
  );

  const loadMessage = loadError ? loadError.message || "The suggestions could not be loaded." : null;
  return {
    suggestions: data?.suggestions ?? [],
    coverage: data?.coverage ?? null,
    registerDay: data?.registerDay ?? null,
    reload: () => mutate(),
    loaded: data !== undefined,
    error: actionError ?? loadMessage,
    busy,
    accept: (suggestion: Suggestion) => run(() => apiFetch(`/api/articles/${articleId}/suggestions/${suggestion.id}/accept`, { method: "POST" }), true),
    acceptAll: (kind: SuggestionKind) => run(() => apiFetch(`/api/articles/${articleId}/suggestions/accept-all`, { method: "POST", body: { kind } }), true),
    dismiss: (suggestion: Suggestion) => run(() => apiFetch(`/api/articles/${articleId}/suggestions/${suggestion.id}/dismiss`, { method: "POST" }), false),
    /** Accepts a folded row of repeats at once. */
    acceptMany: (suggestions: Suggestion[]) =>
      run(() => apiFetch(`/api/articles/${articleId}/suggestions/accept-all`, { method: "POST", body: { ids: suggestions.map((suggestion) => suggestion.id) } }), true),
    /** Dismisses each wording of a folded row (a dismissal holds for its kind and words). */
    dismissMany: (suggestions: Suggestion[]) =>
      run(async () => {
        for (const suggestion of suggestions) await apiFetch(`/api/articles/${articleId}/suggestions/${suggestion.id}/dismiss`, { method: "POST" });
      }, false),
  };
}
