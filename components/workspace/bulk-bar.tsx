"use client";
import { KindOptions, PeopleOptions, StatusOptions } from "@/components/claims/vocabulary-options";
import { useState } from "react";
import type { ClaimKind, ClaimStatus } from "@/lib/claims/vocabulary";
import type { UserDto } from "@/lib/dto";

export type BulkChange = { status?: ClaimStatus; kind?: ClaimKind; assigneeId?: string | null };

type Props = { count: number; checkers: UserDto[]; onApply: (change: BulkChange) => Promise<boolean>; onClear: () => void };

/** Changes the status, assignee or kind of every checked claim at once. */
export function BulkBar({ count, checkers, onApply, onClear }: Props) {
  const [status, setStatus] = useState("");
  const [kind, setKind] = useState("");
  const [assignee, setAssignee] = useState("");
  const [busy, setBusy] = useState(false);
  const change: BulkChange = {
    ...(status ? { status: status as ClaimStatus } : {}),
    ...(kind ? { kind: kind as ClaimKind } : {}),
    ...(assignee ? { assigneeId: assignee === "none" ? null : assignee } : {}),
  };
  const empty = Object.keys(change).length === 0;

  return (
    <section className="bulk-bar" aria-label="Change the selected claims">
      <strong>{count} selected</strong>
      <select className="input" aria-label="Set status of the selected claims" value={status} onChange={(event) => setStatus(event.target.value)}>
        <option value="">Status…</option>
        <StatusOptions />
      </select>
      <select className="input" aria-label="Assign the selected claims" value={assignee} onChange={(event) => setAssignee(event.target.value)}>
        <option value="">Assignee…</option>
        <option value="none">Nobody</option>
        <PeopleOptions people={checkers} />
      </select>
      <select className="input" aria-label="Set kind of the selected claims" value={kind} onChange={(event) => setKind(event.target.value)}>
        <option value="">Kind…</option>
        <KindOptions />
      </select>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={empty || busy}
        onClick={async () => {
          setBusy(true);
          if (await onApply(change)) {
            setStatus("");
            setKind("");
            setAssignee("");
          }
          setBusy(false);
        }}
      >
        Apply to {count}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onClear}>
        Clear
      </button>
    </section>
  );
}
