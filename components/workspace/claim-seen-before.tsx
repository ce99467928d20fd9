"use client";
import Link from "next/link";
import { useState } from "react";
import useSWR from "swr";
import { StatusBadge } from "@/components/claims/status-badge";
import { Timestamp } from "@/components/ui/relative-time";
import { apiFetch } from "@/lib/client/api";
import { SOURCE_KIND_LABELS } from "@/lib/claims/vocabulary";
import type { ClaimDto, SimilarClaimDto, SourceDto } from "@/lib/dto";

const fetchSimilar = ([url]: [string, string]) => apiFetch<{ claims: SimilarClaimDto[] }>(url).then((result) => result.claims);

const files = (count: number) => (count === 1 ? "1 evidence file" : `${count} evidence files`);
const sourceLabel = (source: SourceDto) =>
  source.detailsHidden ? `A confidential ${SOURCE_KIND_LABELS[source.kind].toLowerCase()} source` : source.title || source.url || SOURCE_KIND_LABELS[source.kind];

/**
 * Earlier claims of the same fact in other articles, with their verdicts and sources; a checker
 * copies chosen sources onto this claim in one click. Shown only when there are some.
 */
export function ClaimSeenBefore({ claim, canReuse, onReused }: { claim: ClaimDto; canReuse: boolean; onReused: () => Promise<unknown> }) {
  // Asked again when the claim's words change.
  const { data: similar } = useSWR<SimilarClaimDto[], Error, [string, string]>([`/api/claims/${claim.id}/similar`, claim.quote], fetchSimilar, { revalidateOnFocus: false });
  if (!similar || similar.length === 0) return null;
  return (
    <section className="detail-section seen-before" aria-labelledby="seen-before-heading">
      <h3 id="seen-before-heading" className="detail-section__title">
        Seen before ({similar.length})
      </h3>
      <ol className="seen-before__list">
        {similar.map((earlier) => (
          <SeenBeforeItem key={earlier.id} claimId={claim.id} earlier={earlier} canReuse={canReuse} onReused={onReused} />
        ))}
      </ol>
    </section>
  );
}

function SeenBeforeItem({ claimId, earlier, canReuse, onReused }: { claimId: string; earlier: SimilarClaimDto; canReuse: boolean; onReused: () => Promise<unknown> }) {
  const reusable = earlier.sources.filter((source) => !source.detailsHidden);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(reusable.map((source) => source.id)));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function reuse() {
    setBusy(true);
    setMessage(null);
    try {
      const { sources } = await apiFetch<{ sources: SourceDto[] }>(`/api/claims/${claimId}/sources/reuse`, {
        method: "POST",
        body: { fromClaimId: earlier.id, sourceIds: [...chosen] },
      });
      await onReused();
      const copiedFiles = sources.reduce((count, source) => count + source.evidence.length, 0);
      setMessage({
        ok: true,
        text: `${sources.length === 1 ? "1 source" : `${sources.length} sources`}${copiedFiles > 0 ? ` and ${files(copiedFiles)}` : ""} copied to this claim.`,
      });
    } catch (caught) {
      setMessage({ ok: false, text: caught instanceof Error ? caught.message : String(caught) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="seen-before__item" data-similar-claim={earlier.id}>
      <p className="seen-before__quote">“{earlier.quote}”</p>
      <p className="muted small">
        <StatusBadge status={earlier.status} />{" "}
        {earlier.checkedBy && earlier.checkedAt ? (
          <>
            by {earlier.checkedBy.name}, <Timestamp iso={earlier.checkedAt} />
          </>
        ) : (
          <>
            marked <Timestamp iso={earlier.createdAt} />
          </>
        )}{" "}
        in{" "}
        <Link href={earlier.href} target="_blank" rel="noopener">
          {earlier.article.title}
        </Link>
      </p>
      {earlier.sources.length > 0 && (
        <fieldset className="seen-before__sources">
          <legend className="visually-hidden">Sources of this earlier claim</legend>
          {earlier.sources.map((source) => (
            <label key={source.id} className="seen-before__source">
              {canReuse && (
                <input
                  type="checkbox"
                  disabled={source.detailsHidden}
                  checked={chosen.has(source.id)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(source.id);
                    else next.delete(source.id);
                    setChosen(next);
                  }}
                />
              )}{" "}
              {sourceLabel(source)}
              {source.url && !source.detailsHidden && <span className="muted small"> · {source.url}</span>}
              {source.evidence.length > 0 && <span className="muted small"> · {files(source.evidence.length)}</span>}
            </label>
          ))}
          {canReuse && reusable.length > 0 && (
            <button type="button" className="button button--small" disabled={busy || chosen.size === 0} onClick={() => void reuse()}>
              {chosen.size === 1 ? "Copy 1 source to this claim" : `Copy ${chosen.size} sources to this claim`}
            </button>
          )}
        </fieldset>
      )}
      {message && (
        <p className={`notice ${message.ok ? "notice--info" : "notice--error"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </li>
  );
}
