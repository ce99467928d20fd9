"use client";
import Link from "next/link";
import { useState } from "react";
import useSWR from "swr";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { apiFetch } from "@/lib/client/api";
import type { RegisterEntryDto } from "@/lib/dto";

type ReviewItem = { claimId: string; quote: string; name: string; title: string | null; entryId: string | null; missing: "person" | "title" };

/** Every verified name and title claim of the article that the register does not know yet, each added in one click. */
export function RegisterReview({ articleId, revision, canAdd }: { articleId: string; revision: string; canAdd: boolean }) {
  const { data, mutate } = useSWR<{ items: ReviewItem[] }, Error, [string, string]>([`/api/articles/${articleId}/register-review`, revision], ([url]) => apiFetch(url), {
    revalidateOnFocus: false,
    keepPreviousData: true,
  });
  const { pending, message, run } = useFormAction("The register was not changed.");
  const [addingId, setAddingId] = useState<string | null>(null);
  const items = data?.items ?? [];
  if (!data || (items.length === 0 && !message)) return null;

  async function add(item: ReviewItem) {
    setAddingId(item.claimId);
    await run(
      () => apiFetch<RegisterEntryDto>(`/api/claims/${item.claimId}/register`, { method: "POST" }),
      (entry) => `${entry.name} is in the register${item.title ? ` as ${item.title}` : ""}.`,
    );
    setAddingId(null);
    await mutate();
  }

  return (
    <section className="suggestions__group register-review" aria-labelledby="register-review-heading">
      <h3 id="register-review-heading" className="detail-section__title">
        Verified, not yet in the register <span className="count">{items.length}</span>
      </h3>
      <FormMessage message={message} />
      <ul className="suggestions__list">
        {items.map((item) => (
          <li key={item.claimId} className="suggestion" data-register-review={item.claimId}>
            <div>
              <strong>{item.name}</strong>
              {item.title && <span className="muted"> · {item.title}</span>}
            </div>
            <div className="small muted">
              {item.missing === "person" ? (
                "No register entry yet."
              ) : (
                <>
                  The <Link href={`/register?q=${encodeURIComponent(item.name)}`}>entry</Link> lacks this title.
                </>
              )}
            </div>
            {canAdd && (
              <div className="suggestion__actions">
                <button type="button" className="button button--small" disabled={pending} onClick={() => void add(item)} aria-label={`Add ${item.name} to the register`}>
                  {addingId === item.claimId ? "Adding…" : "Add to register"}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
