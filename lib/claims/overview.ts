import type { ClaimStatus } from "./vocabulary";

// The margin overview beside a long article: one mark per stretch of the bar, at the height of
// the claims found there, in the colour of the one that most needs the desk's attention.

export type OverviewEntry = { id: string; status: ClaimStatus; needsRecheck: boolean; /** 0 (top of the article) to 1 (its end). */ at: number };

export type OverviewMark = {
  /** Where the mark sits, 0 to 1, at the first of its claims. */
  at: number;
  /** What the mark shows: the most pressing of its claims. */
  status: ClaimStatus;
  needsRecheck: boolean;
  /** The claim a click opens: the most pressing one, the first in the text among equals. */
  claimId: string;
  count: number;
};

/** How much a claim needs attention: an error first, then what changed since checked, then what nobody checked. */
export function attention({ status, needsRecheck }: { status: ClaimStatus; needsRecheck: boolean }): number {
  if (status === "incorrect") return 6;
  if (status === "disputed") return 5;
  if (needsRecheck) return 4;
  return { unchecked: 3, in_progress: 2, unverifiable: 1, verified: 0 }[status];
}

/**
 * Claims grouped into `slots` equal stretches of the bar (a 10,000-word article's hundreds of
 * claims would otherwise be drawn over each other), in the order of the text.
 */
export function overviewMarks(entries: readonly OverviewEntry[], slots: number): OverviewMark[] {
  const bySlot = new Map<number, OverviewEntry[]>();
  for (const entry of entries) {
    if (!Number.isFinite(entry.at)) continue;
    const at = Math.min(1, Math.max(0, entry.at));
    const slot = Math.min(slots - 1, Math.floor(at * slots));
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), { ...entry, at }]);
  }
  return [...bySlot.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, group]) => {
      const inOrder = [...group].sort((a, b) => a.at - b.at);
      const pressing = inOrder.reduce((best, entry) => (attention(entry) > attention(best) ? entry : best));
      return { at: inOrder[0]!.at, status: pressing.status, needsRecheck: pressing.needsRecheck, claimId: pressing.id, count: group.length };
    });
}
