"use client";

import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { overviewMarks, type OverviewEntry } from "@/lib/claims/overview";
import { STATUS_DISPLAY, type ClaimStatus } from "@/lib/claims/vocabulary";

type OverviewClaim = { id: string; status: ClaimStatus; needsRecheck: boolean; quote: string };

/** Pixels of bar per mark: claims closer than this share one. */
const PIXELS_PER_MARK = 4;

/**
 * The thin bar beside the article: where its claims are and which need attention, the part in view
 * shaded. A pointer aid (the claims list is the same information for keyboards and screen readers,
 * so the bar is hidden from them): a click on a mark opens its claim, elsewhere scrolls there.
 */
export function ClaimOverview({
  scroller,
  claims,
  selectedId,
  onSelect,
}: {
  scroller: RefObject<HTMLElement | null>;
  claims: readonly OverviewClaim[];
  selectedId: string | null;
  onSelect: (claimId: string) => void;
}) {
  const bar = useRef<HTMLDivElement>(null);
  const [positions, setPositions] = useState<ReadonlyMap<string, number>>(new Map());
  const [slots, setSlots] = useState(100);
  const [view, setView] = useState({ top: 0, height: 1 });

  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    // Where each claim's first highlight is, as a share of the article's scroll height.
    const measure = () => {
      if (root.scrollHeight === 0) return;
      const origin = root.getBoundingClientRect().top - root.scrollTop;
      const next = new Map<string, number>();
      for (const mark of root.querySelectorAll<HTMLElement>(".article-body [data-claim-id]")) {
        const id = mark.dataset.claimId!;
        if (!next.has(id)) next.set(id, (mark.getBoundingClientRect().top - origin) / root.scrollHeight);
      }
      setPositions(next);
      setView({ top: root.scrollTop / root.scrollHeight, height: Math.min(1, root.clientHeight / root.scrollHeight) });
      if (bar.current) setSlots(Math.max(10, Math.floor(bar.current.clientHeight / PIXELS_PER_MARK)));
    };
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    later();
    const onScroll = () => setView({ top: root.scrollTop / root.scrollHeight, height: Math.min(1, root.clientHeight / root.scrollHeight) });
    root.addEventListener("scroll", onScroll, { passive: true });
    // The text reflows (typing, a window resized, a panel opened): the highlights move with it.
    const resized = new ResizeObserver(later);
    resized.observe(root);
    const body = root.querySelector(".article-body");
    if (body) resized.observe(body);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener("scroll", onScroll);
      resized.disconnect();
    };
    // Measured again whenever the claims change (marked, moved, re-anchored).
  }, [scroller, claims]);

  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const marks = useMemo(() => {
    const entries: OverviewEntry[] = claims.flatMap((claim) => {
      const at = positions.get(claim.id);
      return at === undefined ? [] : [{ id: claim.id, status: claim.status, needsRecheck: claim.needsRecheck, at }];
    });
    return overviewMarks(entries, slots);
  }, [claims, positions, slots]);

  if (claims.length === 0) return null;
  const scrollTo = (share: number) => {
    const root = scroller.current;
    if (root) root.scrollTo({ top: share * root.scrollHeight - root.clientHeight / 2, behavior: "smooth" });
  };
  return (
    <div
      ref={bar}
      className="claim-overview"
      aria-hidden="true"
      data-claim-overview
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        scrollTo((event.clientY - box.top) / box.height);
      }}
    >
      <div className="claim-overview__view" style={{ top: `${view.top * 100}%`, height: `${view.height * 100}%` }} />
      {marks.map((mark) => {
        const claim = byId.get(mark.claimId);
        const label = `${mark.needsRecheck ? "Changed since checked" : STATUS_DISPLAY[mark.status].label}: “${claim?.quote ?? ""}”${mark.count > 1 ? ` (and ${mark.count - 1} more claim${mark.count === 2 ? "" : "s"} here)` : ""}`;
        return (
          <div
            key={mark.claimId}
            className={`claim-overview__mark claim-overview__mark--${mark.status}${mark.needsRecheck ? " claim-overview__mark--recheck" : ""}${mark.claimId === selectedId ? " claim-overview__mark--selected" : ""}`}
            style={{ top: `${mark.at * 100}%` }}
            title={label}
            data-overview-claim={mark.claimId}
            data-overview-status={mark.status}
            onClick={(event) => {
              event.stopPropagation();
              onSelect(mark.claimId);
            }}
          />
        );
      })}
    </div>
  );
}
