"use client";
import useSWR from "swr";
import { Timestamp } from "@/components/ui/relative-time";
import { apiFetch } from "@/lib/client/api";
import { describeActivity } from "@/lib/activity/describe-activity";
import type { HistoryEventDto } from "@/lib/dto";

const fetchHistory = ([url]: [string, number]) => apiFetch<{ history: HistoryEventDto[] }>(url).then((result) => [...result.history].reverse());

/** The claim's recorded changes, newest first, loaded when shown. `version` reloads it after a change. */
export function ClaimHistory({ claimId, version }: { claimId: string; version: number }) {
  const { data: events, error } = useSWR<HistoryEventDto[], Error, [string, number]>([`/api/claims/${claimId}/history`, version], fetchHistory, { revalidateOnFocus: false });

  if (error) return <p className="notice notice--error">{error.message}</p>;
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
