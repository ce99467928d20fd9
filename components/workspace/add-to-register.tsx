"use client";
import Link from "next/link";
import { useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { RegisterEntryDto } from "@/lib/dto";

/** One step from a verified name or title claim to the desk's register. */
export function AddToRegister({ claimId }: { claimId: string }) {
  const [result, setResult] = useState<{ ok: boolean; text: string; entry?: RegisterEntryDto } | null>(null);
  const [busy, setBusy] = useState(false);

  async function add() {
    setBusy(true);
    try {
      const entry = await apiFetch<RegisterEntryDto>(`/api/claims/${claimId}/register`, { method: "POST" });
      const titles = entry.titles.map((title) => title.title).join(", ");
      setResult({ ok: true, text: `${entry.name} is in the register${titles ? ` (${titles})` : ""}.`, entry });
    } catch (error) {
      setResult({ ok: false, text: error instanceof ApiError ? error.message : "The register was not changed." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="detail-section register-add">
      <button type="button" className="button button--small" disabled={busy} onClick={() => void add()}>
        {busy ? "Adding…" : "Add to register"}
      </button>
      <span className="muted small"> Keeps this verified name and title for the desk’s future checks.</span>
      {result && (
        <p className={`notice ${result.ok ? "notice--info" : "notice--error"}`} role="status">
          {result.text} {result.entry && <Link href={`/register?q=${encodeURIComponent(result.entry.name)}`}>Open the entry</Link>}
        </p>
      )}
    </section>
  );
}
