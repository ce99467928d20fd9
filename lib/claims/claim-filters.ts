import type { ClaimDto } from "../dto";
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKind, type ClaimStatus } from "./vocabulary";

/** The workspace's claim filters; kept in the URL so a filtered view can be shared. */
export type ClaimFilters = {
  status: ClaimStatus | null;
  kind: ClaimKind | null;
  /** A user id, "none" for unassigned claims, or null for anyone. */
  assignee: string | null;
  needsRecheck: boolean;
  noSource: boolean;
};

export const NO_FILTERS: ClaimFilters = { status: null, kind: null, assignee: null, needsRecheck: false, noSource: false };

export function parseClaimFilters(params: URLSearchParams): ClaimFilters {
  const status = params.get("status");
  const kind = params.get("kind");
  const assignee = params.get("assignee");
  return {
    status: CLAIM_STATUSES.includes(status as ClaimStatus) ? (status as ClaimStatus) : null,
    kind: CLAIM_KINDS.includes(kind as ClaimKind) ? (kind as ClaimKind) : null,
    assignee: assignee && /^[a-z0-9]{1,64}$/.test(assignee) ? assignee : null,
    needsRecheck: params.get("recheck") === "1",
    noSource: params.get("nosource") === "1",
  };
}

/** Writes the filters into `params`, leaving its other entries (such as ?claim=) alone. */
export function writeClaimFilters(params: URLSearchParams, filters: ClaimFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  set("status", filters.status);
  set("kind", filters.kind);
  set("assignee", filters.assignee);
  set("recheck", filters.needsRecheck ? "1" : null);
  set("nosource", filters.noSource ? "1" : null);
  return next;
}

export function isFiltering(filters: ClaimFilters): boolean {
  return filters.status !== null || filters.kind !== null || filters.assignee !== null || filters.needsRecheck || filters.noSource;
}

export function applyClaimFilters(claims: ClaimDto[], filters: ClaimFilters): ClaimDto[] {
  return claims.filter(
    (claim) =>
      (filters.status === null || claim.status === filters.status) &&
      (filters.kind === null || claim.kind === filters.kind) &&
      (filters.assignee === null || (filters.assignee === "none" ? claim.assigneeId === null : claim.assigneeId === filters.assignee)) &&
      (!filters.needsRecheck || claim.needsRecheck) &&
      (!filters.noSource || claim.sources.length === 0),
  );
}
