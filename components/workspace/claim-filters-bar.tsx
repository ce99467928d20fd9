"use client";
import { KindOptions, PeopleOptions, StatusOptions } from "@/components/claims/vocabulary-options";
import { isFiltering, NO_FILTERS, type ClaimFilters } from "@/lib/claims/claim-filters";
import type { ClaimKind, ClaimStatus } from "@/lib/claims/vocabulary";
import type { UserDto } from "@/lib/dto";

type Props = { filters: ClaimFilters; checkers: UserDto[]; shown: number; total: number; onChange: (filters: ClaimFilters) => void };

export function ClaimFiltersBar({ filters, checkers, shown, total, onChange }: Props) {
  const set = (change: Partial<ClaimFilters>) => onChange({ ...filters, ...change });
  return (
    <details className="claim-filters" open={isFiltering(filters)}>
      <summary>Filter{isFiltering(filters) ? `: showing ${shown} of ${total}` : ""}</summary>
      <div className="claim-filters__grid">
        <label className="field field--compact">
          <span className="field__label">Status</span>
          <select className="input" value={filters.status ?? ""} onChange={(event) => set({ status: (event.target.value || null) as ClaimStatus | null })}>
            <option value="">Any</option>
            <StatusOptions />
          </select>
        </label>
        <label className="field field--compact">
          <span className="field__label">Kind</span>
          <select className="input" value={filters.kind ?? ""} onChange={(event) => set({ kind: (event.target.value || null) as ClaimKind | null })}>
            <option value="">Any</option>
            <KindOptions />
          </select>
        </label>
        <label className="field field--compact">
          <span className="field__label">Assignee</span>
          <select className="input" value={filters.assignee ?? ""} onChange={(event) => set({ assignee: event.target.value || null })}>
            <option value="">Anyone</option>
            <option value="none">Unassigned</option>
            <PeopleOptions people={checkers} />
          </select>
        </label>
        <div className="claim-filters__checks">
          <label>
            <input type="checkbox" checked={filters.needsRecheck} onChange={(event) => set({ needsRecheck: event.target.checked })} /> Changed since checked
          </label>
          <label>
            <input type="checkbox" checked={filters.noSource} onChange={(event) => set({ noSource: event.target.checked })} /> No source yet
          </label>
        </div>
      </div>
      {isFiltering(filters) && (
        <button type="button" className="button button--ghost button--small" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </details>
  );
}
