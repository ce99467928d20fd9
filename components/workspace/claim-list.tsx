"use client";
import { useEffect, useRef } from "react";
import { StatusBadge } from "@/components/claims/status-badge";
import { KIND_LABELS } from "@/lib/claims/vocabulary";
import type { ClaimDto } from "@/lib/dto";
import type { PresentPerson } from "@/lib/live/presence";

type Props = {
  claims: ClaimDto[];
  selectedId: string | null;
  onSelect: (claimId: string) => void;
  /** Claims ticked for a bulk change; without it there are no checkboxes. */
  checked?: ReadonlySet<string>;
  onToggle?: (claimId: string) => void;
  /** Colleagues who have each claim open (live presence). */
  viewers?: ReadonlyMap<string, PresentPerson[]>;
};

export function ClaimList({ claims, selectedId, onSelect, checked, onToggle, viewers }: Props) {
  const selectedRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // A block body on purpose: newer browsers return a promise from scrollIntoView, and React
    // would take a returned value for a clean-up function.
    selectedRef.current?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  if (claims.length === 0) {
    return (
      <div className="empty empty--compact">
        <p className="empty__title">No claims marked yet</p>
        <p>
          Select a name, number, date or quote in the article and press <kbd>C</kbd> to mark it.
        </p>
      </div>
    );
  }
  const placed = claims.filter((claim) => claim.anchorState !== "orphaned");
  const orphaned = claims.filter((claim) => claim.anchorState === "orphaned");
  const shared = { selectedId, selectedRef, onSelect, checked, onToggle, viewers };
  return (
    <div className="claim-lists">
      <Items claims={placed} {...shared} label="Claims in document order" />
      {orphaned.length > 0 && (
        <section aria-labelledby="orphaned-heading" className="orphaned">
          <h3 id="orphaned-heading" className="detail-section__title">
            Orphaned claims <span className="count">{orphaned.length}</span>
          </h3>
          <p className="muted small">Their text was removed or rewritten. Re-attach each to new text, or delete it.</p>
          <Items claims={orphaned} {...shared} label="Orphaned claims" />
        </section>
      )}
    </div>
  );
}

type ItemsProps = Props & { label: string; selectedRef: React.RefObject<HTMLButtonElement | null> };

function Items({ claims, selectedId, onSelect, label, selectedRef, checked, onToggle, viewers }: ItemsProps) {
  return (
    <ol className="claim-list" aria-label={label}>
      {claims.map((claim) => (
        <li key={claim.id} className={checked ? "claim-row" : undefined}>
          {checked && onToggle && (
            <input type="checkbox" className="claim-row__check" aria-label={`Select claim: ${claim.quote}`} checked={checked.has(claim.id)} onChange={() => onToggle(claim.id)} />
          )}
          <button
            type="button"
            ref={claim.id === selectedId ? selectedRef : undefined}
            className={`claim-item${claim.id === selectedId ? " claim-item--selected" : ""}`}
            aria-current={claim.id === selectedId ? "true" : undefined}
            data-claim-item={claim.id}
            onClick={() => onSelect(claim.id)}
          >
            <span className="claim-item__top">
              <StatusBadge status={claim.status} />
              <span className="kind-tag">{KIND_LABELS[claim.kind]}</span>
              {claim.needsRecheck && <span className="flag flag--recheck">Changed since checked</span>}
              {!claim.needsRecheck && claim.anchorState === "shifted" && <span className="flag">Text changed</span>}
              {claim.sources.length > 0 && (
                <span className="claim-item__sources">
                  {claim.sources.length} source{claim.sources.length === 1 ? "" : "s"}
                </span>
              )}
              {viewers?.get(claim.id)?.map((person) => (
                <span key={person.userId} className="claim-item__viewer" data-claim-viewer={person.name} title={`${person.name} has this claim open`}>
                  <span aria-hidden="true">{person.initials}</span>
                  <span className="visually-hidden">{person.name} has this claim open</span>
                </span>
              ))}
            </span>
            <span className="claim-item__quote">{claim.quote}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
