"use client";
import { useEffect, useState } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { apiFetch } from "@/lib/client/api";
import { KIND_LABELS, STATUS_DISPLAY, type ClaimKind, type ClaimStatus } from "@/lib/claims/vocabulary";
import type { HistoryEventDto } from "@/lib/dto";

/** The claim's recorded changes, newest first, loaded when shown. `version` reloads it after a change. */
export function ClaimHistory({ claimId, version }: { claimId: string; version: number }) {
  const [events, setEvents] = useState<HistoryEventDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    apiFetch<{ history: HistoryEventDto[] }>(`/api/claims/${claimId}/history`)
      .then(({ history }) => !cancelled && setEvents(history.reverse()))
      .catch((caught: Error) => !cancelled && setError(caught.message));
    return () => {
      cancelled = true;
    };
  }, [claimId, version]);

  if (error) return <p className="notice notice--error">{error}</p>;
  if (!events) return <p className="muted small">Loading the history…</p>;
  return (
    <ol className="history" aria-label="Claim history, newest first">
      {events.map((event) => (
        <li key={event.id} className="history__event">
          <div className="history__what">{describe(event)}</div>
          <div className="muted small">
            {event.actor.name} · <Timestamp iso={event.at} />
          </div>
        </li>
      ))}
    </ol>
  );
}

type Values = Record<string, unknown>;

function describe(event: HistoryEventDto): React.ReactNode {
  const before = (event.before ?? {}) as Values;
  const after = (event.after ?? {}) as Values;
  switch (event.action) {
    case "claim.created": {
      const marked = `${KIND_LABELS[after.kind as ClaimKind] ?? after.kind}, ${STATUS_DISPLAY[after.status as ClaimStatus]?.label ?? after.status}`;
      if (after.from === "suggestion") return `Accepted from a suggestion as ${marked}`;
      if (after.from === "web annotation import") return `Imported from a Web Annotation as ${marked}`;
      return `Marked as ${marked}`;
    }
    case "claim.rechecked":
      return "Confirmed after the text changed";
    case "claim.reanchored":
      if (after.anchorState === "orphaned") return `Text removed from the article: “${before.quote}” (orphaned)`;
      if (before.quote !== after.quote) return <QuoteChange from={String(before.quote)} to={String(after.quote)} />;
      return `Anchor ${before.anchorState} → ${after.anchorState}`;
    case "claim.reattached":
      return <QuoteChange from={String(before.quote ?? "")} to={String(after.quote ?? "")} prefix="Re-attached" />;
    case "source.added":
      return `Source added: ${after.title || after.url}`;
    case "source.updated":
      return `Source edited: ${Object.keys(after).join(", ")}`;
    case "source.removed":
      return `Source removed: ${before.title || before.url}`;
    case "claim.decided":
      return `Editor’s decision: ${after.decision ?? "withdrawn"}`;
    case "claim.deleted":
      return "Claim deleted";
    default:
      return Object.keys(after)
        .map((field) => `${field}: ${show(field, before[field])} → ${show(field, after[field])}`)
        .join("; ");
  }
}

function show(field: string, value: unknown): string {
  if (field === "status") return STATUS_DISPLAY[value as ClaimStatus]?.label ?? String(value);
  if (field === "kind") return KIND_LABELS[value as ClaimKind] ?? String(value);
  if (field === "note") return value ? `“${String(value).slice(0, 80)}”` : "(empty)";
  return String(value);
}

function QuoteChange({ from, to, prefix = "Text changed" }: { from: string; to: string; prefix?: string }) {
  return (
    <>
      {prefix}: <del className="diff__removed">{from}</del> → <ins className="diff__added">{to}</ins>
    </>
  );
}
