"use client";
import { useEffect, useState } from "react";
import { Timestamp } from "@/components/ui/relative-time";
import { apiFetch } from "@/lib/client/api";
import { describeActivity } from "@/lib/activity/describe-activity";
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
          <div className="history__what">
            <Description event={event} />
          </div>
          <div className="muted small">
            {event.actor.name} · <Timestamp iso={event.at} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function Description({ event }: { event: HistoryEventDto }) {
  const { text, change, detail } = describeActivity(event);
  return (
    <>
      {text}
      {change && (
        <>
          : <del className="diff__removed">{change.from}</del> → <ins className="diff__added">{change.to}</ins>
        </>
      )}
      {detail && (
        <details className="history__detail">
          <summary>Full text</summary>
          <p className="history__full">{detail}</p>
        </details>
      )}
    </>
  );
}
