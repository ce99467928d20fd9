"use client";
import { useCallback, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { ClaimKind } from "@/lib/claims/vocabulary";
import type { ClaimDto, SourceDto } from "@/lib/dto";
import type { ClaimPatch } from "./claim-detail";
import type { SourceFields } from "./source-form";

export type WorkspaceMessage = { tone: "error" | "conflict" | "info"; text: string } | null;

/** Same order as the server's claimDocumentOrder: orphaned claims (no offsets) last. */
export function compareClaims(a: ClaimDto, b: ClaimDto): number {
  const start = (a.start ?? Infinity) - (b.start ?? Infinity);
  const end = (b.end ?? Infinity) - (a.end ?? Infinity);
  return (Number.isNaN(start) ? 0 : start) || (Number.isNaN(end) ? 0 : end) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The article's claims as the browser holds them, and every change, sent through the API. */
export function useClaims(articleId: string, initialClaims: ClaimDto[]) {
  const [claims, setClaims] = useState(initialClaims);
  const [message, setMessage] = useState<WorkspaceMessage>(null);

  const fail = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.status === 409) setMessage({ tone: "conflict", text: error.message });
    else setMessage({ tone: "error", text: error instanceof Error ? error.message : "The change could not be saved." });
    return false;
  }, []);

  const replaceClaim = (updated: ClaimDto) => setClaims((current) => current.map((claim) => (claim.id === updated.id ? updated : claim)));
  const mapSources = (claimId: string, change: (sources: SourceDto[]) => SourceDto[]) =>
    setClaims((current) => current.map((claim) => (claim.id === claimId ? { ...claim, sources: change(claim.sources) } : claim)));

  async function reload(announce = true): Promise<void> {
    try {
      const { claims: fresh } = await apiFetch<{ claims: ClaimDto[] }>(`/api/articles/${articleId}/claims`);
      setClaims(fresh);
      if (announce) setMessage({ tone: "info", text: "Claims reloaded with everyone’s latest changes." });
    } catch (error) {
      fail(error);
    }
  }

  async function create(range: { start: number; end: number }, kind: ClaimKind, articleVersion: number): Promise<ClaimDto | null> {
    try {
      const claim = await apiFetch<ClaimDto>(`/api/articles/${articleId}/claims`, { method: "POST", body: { ...range, kind, articleVersion } });
      setClaims((current) => [...current, claim].sort(compareClaims));
      setMessage(null);
      return claim;
    } catch (error) {
      fail(error);
      return null;
    }
  }

  async function patch(claim: ClaimDto, change: ClaimPatch): Promise<boolean> {
    try {
      replaceClaim(await apiFetch<ClaimDto>(`/api/claims/${claim.id}`, { method: "PATCH", body: { ...change, version: claim.version } }));
      setMessage(null);
      return true;
    } catch (error) {
      return fail(error);
    }
  }

  async function reattach(claim: ClaimDto, range: { start: number; end: number }, articleVersion: number): Promise<boolean> {
    try {
      const updated = await apiFetch<ClaimDto>(`/api/claims/${claim.id}`, { method: "PATCH", body: { ...range, articleVersion, version: claim.version } });
      setClaims((current) => current.map((item) => (item.id === updated.id ? updated : item)).sort(compareClaims));
      setMessage(null);
      return true;
    } catch (error) {
      return fail(error);
    }
  }

  async function bulk(selected: ClaimDto[], change: { status?: string; kind?: string; assigneeId?: string | null }): Promise<boolean> {
    try {
      const { claims: updated } = await apiFetch<{ claims: ClaimDto[] }>("/api/claims/bulk", {
        method: "POST",
        body: { claims: selected.map(({ id, version }) => ({ id, version })), ...change },
      });
      const byId = new Map(updated.map((claim) => [claim.id, claim]));
      setClaims((current) => current.map((claim) => byId.get(claim.id) ?? claim));
      setMessage({ tone: "info", text: `${updated.length} claim${updated.length === 1 ? "" : "s"} updated.` });
      return true;
    } catch (error) {
      return fail(error);
    }
  }

  async function remove(claim: ClaimDto): Promise<void> {
    try {
      await apiFetch(`/api/claims/${claim.id}`, { method: "DELETE" });
      setClaims((current) => current.filter((item) => item.id !== claim.id));
    } catch (error) {
      fail(error);
    }
  }

  async function addSource(claim: ClaimDto, fields: SourceFields): Promise<boolean> {
    try {
      const source = await apiFetch<SourceDto>(`/api/claims/${claim.id}/sources`, { method: "POST", body: fields });
      mapSources(claim.id, (sources) => [...sources, source]);
      setMessage(null);
      return true;
    } catch (error) {
      return fail(error);
    }
  }

  async function updateSource(source: SourceDto, fields: SourceFields): Promise<boolean> {
    try {
      const updated = await apiFetch<SourceDto>(`/api/sources/${source.id}`, { method: "PATCH", body: { ...fields, version: source.version } });
      mapSources(source.claimId, (sources) => sources.map((item) => (item.id === updated.id ? updated : item)));
      setMessage(null);
      return true;
    } catch (error) {
      return fail(error);
    }
  }

  async function removeSource(source: SourceDto): Promise<void> {
    try {
      await apiFetch(`/api/sources/${source.id}`, { method: "DELETE" });
      mapSources(source.claimId, (sources) => sources.filter((item) => item.id !== source.id));
    } catch (error) {
      fail(error);
    }
  }

  /** Applies a change the server already made (thread state, comment count) to the local copy. */
  const updateLocal = (claimId: string, change: Partial<ClaimDto>) =>
    setClaims((current) => current.map((claim) => (claim.id === claimId ? { ...claim, ...change } : claim)));

  return { claims, message, setMessage, reload, updateLocal, bulk, create, patch, reattach, remove, addSource, updateSource, removeSource };
}
