"use client";
import { useCallback, useMemo, useState } from "react";
import useSWR from "swr";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { ClaimKind } from "@/lib/claims/vocabulary";
import type { ClaimDto, SourceDto } from "@/lib/dto";
import type { TClaimChange, TClaimsBulkChange } from "@/lib/validation/claim";
import type { SourceFields } from "./source-form";

export type WorkspaceMessage = { tone: "error" | "conflict" | "info"; text: string } | null;

/** Same order as the server's claimDocumentOrder: orphaned claims (no offsets) last. */
export function compareClaims(a: ClaimDto, b: ClaimDto): number {
  const start = (a.start ?? Infinity) - (b.start ?? Infinity);
  const end = (b.end ?? Infinity) - (a.end ?? Infinity);
  return (Number.isNaN(start) ? 0 : start) || (Number.isNaN(end) ? 0 : end) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

const fetchClaims = (url: string) => apiFetch<{ claims: ClaimDto[] }>(url).then((result) => result.claims);

/** The cache entry of an article's claims (the workspace seeds it with the server render). */
export const claimsKey = (articleId: string) => `/api/articles/${articleId}/claims`;

/**
 * The article's claims as the browser holds them (one SWR cache entry, loaded once the workspace
 * opens), and every change, sent through the API and applied to that one copy. Later live
 * updates apply server events to the same entry.
 */
export function useClaims(articleId: string) {
  const key = claimsKey(articleId);
  // Loaded when the workspace opens, then refreshed on demand (after a save, an import, a
  // conflict), not on every focus: a background refetch must not pull a claim from under a
  // checker's cursor.
  const { data, error, mutate } = useSWR<ClaimDto[], unknown>(key, fetchClaims, { revalidateIfStale: false, revalidateOnFocus: false, revalidateOnReconnect: false });
  const claims = useMemo(() => data ?? [], [data]);
  const loaded = data !== undefined;
  const loadError = error instanceof Error ? `The claims could not be loaded: ${error.message}` : null;
  const [message, setMessage] = useState<WorkspaceMessage>(null);

  const actions = useMemo(() => {
    const apply = (change: (current: ClaimDto[]) => ClaimDto[]) => mutate((current) => change(current ?? []), { revalidate: false });
    const replace = (updated: ClaimDto) => apply((current) => current.map((claim) => (claim.id === updated.id ? updated : claim)).sort(compareClaims));
    const mapSources = (claimId: string, change: (sources: SourceDto[]) => SourceDto[]) =>
      apply((current) => current.map((claim) => (claim.id === claimId ? { ...claim, sources: change(claim.sources) } : claim)));

    /** Runs one change; a refusal becomes the workspace message (409s offer a reload). */
    async function attempt<T>(work: () => Promise<T>, success: (result: T) => WorkspaceMessage = () => null): Promise<boolean> {
      try {
        setMessage(success(await work()));
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) setMessage({ tone: "conflict", text: error.message });
        else setMessage({ tone: "error", text: error instanceof Error ? error.message : "The change could not be saved." });
        return false;
      }
    }

    return {
      setMessage,
      reload: (announce = true) =>
        attempt(
          () => mutate(fetchClaims(key), { revalidate: false }),
          () => (announce ? { tone: "info", text: "Claims reloaded with everyone’s latest changes." } : null),
        ),
      /** Reads the claims again without a message (a colleague changed something); the claims as read. */
      refresh: async (): Promise<ClaimDto[] | null> => {
        try {
          return (await mutate(fetchClaims(key), { revalidate: false })) ?? null;
        } catch {
          return null;
        }
      },
      /** Applies a change the server already made (thread state, comment count) to the local copy. */
      updateLocal: (claimId: string, change: Partial<ClaimDto>) => apply((current) => current.map((claim) => (claim.id === claimId ? { ...claim, ...change } : claim))),
      create: async (range: { start: number; end: number }, kind: ClaimKind, articleVersion: number): Promise<ClaimDto | null> => {
        let created: ClaimDto | null = null;
        await attempt(async () => {
          const claim = await apiFetch<ClaimDto>(key, { method: "POST", body: { ...range, kind, articleVersion } });
          await apply((current) => [...current, claim].sort(compareClaims));
          created = claim;
        });
        return created;
      },
      patch: (claim: ClaimDto, change: TClaimChange) =>
        attempt(async () => replace(await apiFetch<ClaimDto>(`/api/claims/${claim.id}`, { method: "PATCH", body: { ...change, version: claim.version } }))),
      reattach: (claim: ClaimDto, range: { start: number; end: number }, articleVersion: number) =>
        attempt(async () => replace(await apiFetch<ClaimDto>(`/api/claims/${claim.id}`, { method: "PATCH", body: { ...range, articleVersion, version: claim.version } }))),
      bulk: (selected: ClaimDto[], change: TClaimsBulkChange) =>
        attempt(
          async () => {
            const { claims: updated } = await apiFetch<{ claims: ClaimDto[] }>("/api/claims/bulk", {
              method: "POST",
              body: { claims: selected.map(({ id, version }) => ({ id, version })), ...change },
            });
            const byId = new Map(updated.map((claim) => [claim.id, claim]));
            await apply((current) => current.map((claim) => byId.get(claim.id) ?? claim));
            return updated.length;
          },
          (count) => ({ tone: "info", text: `${count} claim${count === 1 ? "" : "s"} updated.` }),
        ),
      remove: (claim: ClaimDto) =>
        attempt(async () => {
          await apiFetch(`/api/claims/${claim.id}`, { method: "DELETE" });
          await apply((current) => current.filter((item) => item.id !== claim.id));
        }),
      addSource: (claim: ClaimDto, fields: SourceFields) =>
        attempt(async () => {
          const source = await apiFetch<SourceDto>(`/api/claims/${claim.id}/sources`, { method: "POST", body: fields });
          await mapSources(claim.id, (sources) => [...sources, source]);
        }),
      updateSource: (source: SourceDto, fields: SourceFields) =>
        attempt(async () => {
          const updated = await apiFetch<SourceDto>(`/api/sources/${source.id}`, { method: "PATCH", body: { ...fields, version: source.version } });
          await mapSources(source.claimId, (sources) => sources.map((item) => (item.id === updated.id ? updated : item)));
        }),
      removeSource: (source: SourceDto) =>
        attempt(async () => {
          await apiFetch(`/api/sources/${source.id}`, { method: "DELETE" });
          await mapSources(source.claimId, (sources) => sources.filter((item) => item.id !== source.id));
        }),
    };
  }, [key, mutate]);

  const reloadQuietly = useCallback(() => actions.reload(false).then(() => undefined), [actions]);
  return { claims, loaded, loadError, message, reloadQuietly, ...actions };
}
