"use client";
import { useCallback, useEffect, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { SuggestionKind } from "@/lib/suggestions/kinds";
import type { Coverage, Suggestion } from "@/lib/suggestions/suggestions";

type SuggestionsResponse = { articleVersion: number; suggestions: Suggestion[]; coverage: Coverage };

/**
 * The article's claim suggestions and coverage, fetched from the API when asked for and again
 * whenever the claims or the saved text change (`revision`).
 */
export function useSuggestions(articleId: string, revision: string, onClaimsChanged: () => Promise<void>) {
  const [data, setData] = useState<SuggestionsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await apiFetch<SuggestionsResponse>(`/api/articles/${articleId}/suggestions`));
      setError(null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The suggestions could not be loaded.");
    }
  }, [articleId]);

  useEffect(() => {
    void load();
  }, [load, revision]);

  const run = useCallback(
    async (request: () => Promise<unknown>, changesClaims: boolean) => {
      setBusy(true);
      try {
        await request();
        // New claims change the revision, which reloads the suggestions; otherwise reload here.
        if (changesClaims) await onClaimsChanged();
        else await load();
        return true;
      } catch (caught) {
        setError(caught instanceof ApiError ? caught.message : "That did not work; nothing changed.");
        if (caught instanceof ApiError && caught.status === 404) await load();
        return false;
      } finally {
        setBusy(false);
      }
    },
    [load, onClaimsChanged],
  );

  return {
    suggestions: data?.suggestions ?? [],
    coverage: data?.coverage ?? null,
    loaded: data !== null,
    error,
    busy,
    accept: (suggestion: Suggestion) => run(() => apiFetch(`/api/articles/${articleId}/suggestions/${suggestion.id}/accept`, { method: "POST" }), true),
    acceptAll: (kind: SuggestionKind) => run(() => apiFetch(`/api/articles/${articleId}/suggestions/accept-all`, { method: "POST", body: { kind } }), true),
    dismiss: (suggestion: Suggestion) => run(() => apiFetch(`/api/articles/${articleId}/suggestions/${suggestion.id}/dismiss`, { method: "POST" }), false),
  };
}
