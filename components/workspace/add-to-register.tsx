"use client";
import Link from "next/link";
import { useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import type { RegisterEntryDto } from "@/lib/dto";

/** One step from a verified name or title claim to the desk's register. */
export function AddToRegister({ claimId }: { claimId: string }) {
  const { pending: busy, message, run } = useFormAction("The register was not changed.");
  const [entry, setEntry] = useState<RegisterEntryDto | null>(null);

  async function add() {
    const added = await run(
      () => apiFetch<RegisterEntryDto>(`/api/claims/${claimId}/register`, { method: "POST" }),
      (saved) => `${saved.name} is in the register${saved.titles.length ? ` (${saved.titles.map((title) => title.title).join(", ")})` : ""}.`,
    );
    setEntry(added ?? null);
  }

  return (
    <section className="detail-section register-add">
      <button type="button" className="button button--small" disabled={busy} onClick={() => void add()}>
        {busy ? "Adding…" : "Add to register"}
      </button>
      <span className="muted small"> Keeps this verified name and title for the desk’s future checks.</span>
      <FormMessage message={message}>{entry && <Link href={`/register?q=${encodeURIComponent(entry.name)}`}>Open the entry</Link>}</FormMessage>
    </section>
  );
}
