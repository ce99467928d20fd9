"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import { isResolved, type ClaimKind } from "@/lib/claims/vocabulary";
import type { ArticleWithBodyDto, ClaimDto } from "@/lib/dto";
import { ArticleEditor, type ArticleEditorHandle } from "./article-editor";
import { ClaimDetail } from "./claim-detail";
import { ClaimList } from "./claim-list";
import { KindPicker } from "./kind-picker";
import { useClaims } from "./use-claims";

type Props = { article: ArticleWithBodyDto; initialClaims: ClaimDto[]; canWrite: boolean };

export function WorkspaceClient({ article, initialClaims, canWrite }: Props) {
  const store = useClaims(article.id, initialClaims);
  const { claims, message } = store;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending, setPending] = useState<{ start: number; end: number } | null>(null);
  const [creating, setCreating] = useState(false);
  const editorRef = useRef<ArticleEditorHandle>(null);

  const selected = claims.find((claim) => claim.id === selectedId) ?? null;
  const highlights = useMemo(
    () => claims.flatMap(({ id, start, end, status }) => (start === null || end === null ? [] : [{ id, start, end, status }])),
    [claims],
  );
  const resolved = claims.filter((claim) => isResolved(claim.status)).length;

  const selectClaim = useCallback((claimId: string, scroll: boolean) => {
    setSelectedId(claimId);
    if (!scroll) return;
    requestAnimationFrame(() => {
      const mark = document.querySelector<HTMLElement>(`.article-body [data-claim-id="${CSS.escape(claimId)}"]`);
      mark?.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  }, []);

  const startClaim = useCallback(() => {
    const range = editorRef.current?.selectionOffsets() ?? null;
    if (!range) {
      store.setMessage({ tone: "info", text: "Select the words of the claim in the article first, then press C or “Mark claim”." });
      return;
    }
    setPending(range);
  }, [store]);

  async function finishClaim(kind: ClaimKind) {
    if (!pending) return;
    setCreating(true);
    const claim = await store.create(pending, kind);
    setCreating(false);
    setPending(null);
    if (claim) {
      window.getSelection()?.removeAllRanges();
      selectClaim(claim.id, false);
    }
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === "c" && canWrite && !pending) {
        event.preventDefault();
        startClaim();
      } else if ((event.key === "j" || event.key === "k") && claims.length > 0) {
        event.preventDefault();
        const index = claims.findIndex((claim) => claim.id === selectedId);
        const next = event.key === "j" ? Math.min(claims.length - 1, index + 1) : Math.max(0, index < 0 ? 0 : index - 1);
        selectClaim(claims[next].id, true);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [canWrite, pending, claims, selectedId, selectClaim, startClaim]);

  return (
    <div className="workspace">
      <section className="workspace__article" aria-label="Article">
        <header className="workspace__header">
          <h1 className="workspace__title">{article.title}</h1>
          <div className="workspace__toolbar">
            <ProgressBar done={resolved} total={claims.length} label="Claims resolved" />
            <div className="workspace__actions">
              {canWrite && (
                <button type="button" className="button button--primary" onMouseDown={(event) => event.preventDefault()} onClick={startClaim} disabled={Boolean(pending)}>
                  Mark claim <kbd>C</kbd>
                </button>
              )}
              <a className="button" href={`/api/articles/${article.id}/report?format=md`} download>
                Report (Markdown)
              </a>
              <a className="button" href={`/api/articles/${article.id}/report?format=json`} download>
                Report (JSON)
              </a>
            </div>
          </div>
          {!canWrite && <p className="notice notice--info">You have read-only access: you can read the article, its claims and sources, and export the report.</p>}
        </header>
        {pending && (
          <KindPicker quote={articleSlice(article.text, pending)} busy={creating} onPick={(kind) => void finishClaim(kind)} onCancel={() => setPending(null)} />
        )}
        <ArticleEditor body={article.body} claims={highlights} selectedId={selectedId} onSelectClaim={(id) => selectClaim(id, false)} handleRef={editorRef} />
      </section>

      <aside className="workspace__panel" aria-label="Claims">
        <div className="panel__header">
          <h2 className="panel__title">
            Claims <span className="count">{claims.length}</span>
          </h2>
          <span className="muted small">
            <kbd>J</kbd>/<kbd>K</kbd> next/previous
          </span>
        </div>
        {message && (
          <div className={`notice notice--${message.tone === "info" ? "info" : "error"}`} role="status">
            <span>{message.text}</span>
            {message.tone === "conflict" && (
              <button type="button" className="button button--small" onClick={() => void store.reload()}>
                Reload claims
              </button>
            )}
            <button type="button" className="notice__close" aria-label="Dismiss message" onClick={() => store.setMessage(null)}>
              ×
            </button>
          </div>
        )}
        <ClaimList claims={claims} selectedId={selectedId} onSelect={(id) => selectClaim(id, true)} />
        {selected && (
          <ClaimDetail
            key={selected.id}
            claim={selected}
            canWrite={canWrite}
            onPatch={(change) => store.patch(selected, change)}
            onDelete={async () => {
              await store.remove(selected);
              setSelectedId(null);
            }}
            onAddSource={(fields) => store.addSource(selected, fields)}
            onUpdateSource={(source, fields) => store.updateSource(source, fields)}
            onRemoveSource={(source) => store.removeSource(source)}
          />
        )}
      </aside>
    </div>
  );
}

function articleSlice(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable && target.getAttribute("contenteditable") === "true" ? true : ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
