"use client";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ApiError, apiFetch } from "@/lib/client/api";
import { applyClaimFilters, writeClaimFilters, type ClaimFilters } from "@/lib/claims/claim-filters";
import { CLAIM_STATUSES, isResolved, type ClaimKind } from "@/lib/claims/vocabulary";
import type { ArticleDto, ArticleWithBodyDto, ClaimDto, UserDto } from "@/lib/dto";
import type { Role } from "@/lib/permissions";
import { ArticleEditor, type ArticleEditorHandle } from "./article-editor";
import { BulkBar } from "./bulk-bar";
import { ClaimDetail } from "./claim-detail";
import { ClaimFiltersBar } from "./claim-filters-bar";
import { ClaimList } from "./claim-list";
import { KindPicker } from "./kind-picker";
import { ReportMenu } from "./report-menu";
import { SaveConflict } from "./save-conflict";
import { ShortcutsHelp } from "./shortcuts-help";
import { SuggestionsPanel } from "./suggestions-panel";
import { useClaims } from "./use-claims";
import { useSuggestions } from "./use-suggestions";
import { WorkflowBar } from "./workflow-bar";

type Props = {
  article: ArticleWithBodyDto;
  initialClaims: ClaimDto[];
  users: UserDto[];
  role: Role;
  actorId: string;
  canWrite: boolean;
  canEdit: boolean;
  /** A claim to open first (from a queue link: ?claim=<id>). */
  initialSelectedId: string | null;
  /** Filters from the URL. */
  initialFilters: ClaimFilters;
};

type SaveSummary = { anchored: number; shifted: number; orphaned: number; needsRecheck: number };

export function WorkspaceClient({ article: initialArticle, initialClaims, users, role, actorId, canWrite, canEdit, initialSelectedId, initialFilters }: Props) {
  const [article, setArticle] = useState<ArticleDto>(initialArticle);
  const store = useClaims(article.id, initialClaims);
  const { claims, message } = store;
  const [selectedId, setSelectedId] = useState<string | null>(initialSelectedId);
  const checkers = useMemo(() => users.filter((user) => user.role !== "viewer"), [users]);
  const [filters, setFilters] = useState<ClaimFilters>(initialFilters);
  const visibleClaims = useMemo(() => applyClaimFilters(claims, filters), [claims, filters]);
  const changeFilters = useCallback((next: ClaimFilters) => {
    setFilters(next);
    // The filtered view lives in the URL, so it can be bookmarked and shared.
    const query = writeClaimFilters(new URLSearchParams(window.location.search), next).toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  }, []);
  const [pending, setPending] = useState<{ start: number; end: number } | null>(null);
  const [creating, setCreating] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{ latest: ArticleDto; mine: string } | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const toggleChecked = useCallback((claimId: string) => {
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(claimId)) next.delete(claimId);
      else next.add(claimId);
      return next;
    });
  }, []);
  const editorRef = useRef<ArticleEditorHandle>(null);
  const [tab, setTab] = useState<"claims" | "suggestions">("claims");
  const reloadClaims = useCallback(() => store.reload(false), [store]);
  const suggestionState = useSuggestions(article.id, `${article.version}:${claims.length}`, reloadClaims);
  const { suggestions, coverage } = suggestionState;
  const [currentSuggestionId, setCurrentSuggestionId] = useState<string | null>(null);
  const currentSuggestion = suggestions.find((suggestion) => suggestion.id === currentSuggestionId) ?? null;
  const suggestionMarks = useMemo(() => (tab === "suggestions" ? suggestions.map(({ id, start, end }) => ({ id, start, end })) : []), [tab, suggestions]);
  const selectSuggestion = useCallback((suggestionId: string, scroll: boolean) => {
    setTab("suggestions");
    setCurrentSuggestionId(suggestionId);
    requestAnimationFrame(() => {
      document.querySelector(`[data-suggestion-item="${CSS.escape(suggestionId)}"]`)?.scrollIntoView({ block: "nearest" });
      if (scroll) document.querySelector(`.article-body [data-suggestion-id="${CSS.escape(suggestionId)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  }, []);

  const selected = claims.find((claim) => claim.id === selectedId) ?? null;
  const highlights = useMemo(
    () => claims.flatMap(({ id, start, end, status }) => (start === null || end === null ? [] : [{ id, start, end, status }])),
    [claims],
  );
  const resolved = claims.filter((claim) => isResolved(claim.status)).length;
  const toRecheck = claims.filter((claim) => claim.needsRecheck).length;

  const selectClaim = useCallback((claimId: string, scroll: boolean) => {
    setSelectedId(claimId);
    if (!scroll) return;
    requestAnimationFrame(() => {
      const mark = document.querySelector<HTMLElement>(`.article-body [data-claim-id="${CSS.escape(claimId)}"]`);
      mark?.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  }, []);

  /** Offsets of the selection in the saved text, or null with a message saying why not. */
  const selectedRange = useCallback((): { start: number; end: number } | null => {
    if (dirty) {
      store.setMessage({ tone: "info", text: "Save your edits first: claims are marked on the saved text." });
      return null;
    }
    const range = editorRef.current?.selectionOffsets() ?? null;
    if (!range) store.setMessage({ tone: "info", text: "Select the words of the claim in the article first." });
    return range;
  }, [dirty, store]);

  const startClaim = useCallback(() => {
    const range = selectedRange();
    if (range) setPending(range);
  }, [selectedRange]);

  async function finishClaim(kind: ClaimKind) {
    if (!pending) return;
    setCreating(true);
    const claim = await store.create(pending, kind, article.version);
    setCreating(false);
    setPending(null);
    if (claim) {
      window.getSelection()?.removeAllRanges();
      selectClaim(claim.id, false);
    }
  }

  const save = useCallback(async () => {
    const editor = editorRef.current;
    if (!editor || !dirty || saving) return;
    setSaving(true);
    try {
      const saved = await apiFetch<ArticleDto & { reanchored: SaveSummary }>(`/api/articles/${article.id}`, {
        method: "PUT",
        body: { format: "document", content: editor.document(), version: article.version },
      });
      setArticle(saved);
      setDirty(false);
      await store.reload(false);
      store.setMessage({ tone: "info", text: describeSave(saved.version, saved.reanchored) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const latest = await apiFetch<ArticleDto>(`/api/articles/${article.id}`).catch(() => null);
        if (latest) setConflict({ latest, mine: editor.text() });
        else store.setMessage({ tone: "error", text: error.message });
      } else {
        store.setMessage({ tone: "error", text: error instanceof Error ? `${error.message} Your edits are still here.` : "The text could not be saved." });
      }
    } finally {
      setSaving(false);
    }
  }, [article.id, article.version, dirty, saving, store]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key === "s" && canEdit) {
        event.preventDefault();
        void save();
        return;
      }
      // Works inside the editable text too, where a plain C would type a letter.
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === "m" && canWrite && !pending) {
        event.preventDefault();
        startClaim();
        return;
      }
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === "?") {
        event.preventDefault();
        setShowShortcuts((shown) => !shown);
      } else if (event.key === "c" && canWrite && !pending) {
        event.preventDefault();
        startClaim();
      } else if (event.key === "s" && selected) {
        event.preventDefault();
        openSources(canWrite);
      } else if (event.key === "m" && canWrite && selected) {
        event.preventDefault();
        document.getElementById("comment-box")?.focus();
      } else if (/^[1-6]$/.test(event.key) && canWrite && !pending && selected) {
        event.preventDefault();
        const status = CLAIM_STATUSES[Number(event.key) - 1];
        if (status !== selected.status) void store.patch(selected, { status });
      } else if (tab === "suggestions" && (event.key === "j" || event.key === "k") && suggestions.length > 0) {
        event.preventDefault();
        const index = suggestions.findIndex((suggestion) => suggestion.id === currentSuggestionId);
        const next = event.key === "j" ? Math.min(suggestions.length - 1, index + 1) : Math.max(0, index < 0 ? 0 : index - 1);
        selectSuggestion(suggestions[next]!.id, true);
      } else if (tab === "suggestions" && (event.key === "a" || event.key === "x") && canWrite && currentSuggestion && !suggestionState.busy) {
        event.preventDefault();
        const index = suggestions.indexOf(currentSuggestion);
        const following = suggestions[index + 1] ?? suggestions[index - 1] ?? null;
        void (event.key === "a" ? suggestionState.accept(currentSuggestion) : suggestionState.dismiss(currentSuggestion)).then((done) => {
          if (done) setCurrentSuggestionId(following?.id ?? null);
        });
      } else if ((event.key === "j" || event.key === "k") && visibleClaims.length > 0) {
        event.preventDefault();
        const index = visibleClaims.findIndex((claim) => claim.id === selectedId);
        const next = event.key === "j" ? Math.min(visibleClaims.length - 1, index + 1) : Math.max(0, index < 0 ? 0 : index - 1);
        selectClaim(visibleClaims[next]!.id, true);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [canEdit, canWrite, pending, visibleClaims, selectedId, selected, store, selectClaim, startClaim, save, tab, suggestions, currentSuggestionId, currentSuggestion, suggestionState, selectSuggestion]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return (
    <div className="workspace">
      <section className="workspace__article" aria-label="Article">
        <header className="workspace__header">
          <h1 className="workspace__title">{article.title}</h1>
          <p className="workspace__meta muted small">
            Version {article.version} · saved by {article.updatedBy.name} ·{" "}
            <Link href={`/articles/${article.id}/revisions`}>Revisions and changes</Link>
          </p>
          <WorkflowBar article={article} role={role} checkers={checkers} onArticle={setArticle} onSelectClaim={(id) => selectClaim(id, true)} />
          <div className="workspace__toolbar">
            <div className="workspace__progress">
              <ProgressBar done={resolved} total={claims.length} label="Claims resolved" />
              {toRecheck > 0 && <span className="flag flag--recheck">{toRecheck} changed since checked</span>}
              {coverage && coverage.ratio !== null && (
                <span className="coverage" title="Sentences with a suggested or marked claim that have a marked claim">
                  Coverage {Math.round(coverage.ratio * 100)}% ({coverage.covered} of {coverage.sentences} sentences)
                </span>
              )}
            </div>
            <div className="workspace__actions">
              {canEdit && (
                <button type="button" className="button" onClick={() => void save()} disabled={!dirty || saving}>
                  {saving ? "Saving…" : dirty ? "Save text" : "Saved"} <kbd>Ctrl S</kbd>
                </button>
              )}
              {canWrite && (
                <button type="button" className="button button--primary" onMouseDown={(event) => event.preventDefault()} onClick={startClaim} disabled={Boolean(pending)}>
                  Mark claim <kbd>C</kbd>
                </button>
              )}
              <ReportMenu article={article} filters={filters} canEdit={canEdit} canWrite={canWrite} onArticle={setArticle} onImported={() => void store.reload(false)} />
            </div>
          </div>
          {canEdit && dirty && <p className="notice notice--info">Unsaved edits. Highlights follow your typing; claims are re-anchored to the text when you save.</p>}
          {!canWrite && <p className="notice notice--info">You have read-only access: you can read the article, its claims and sources, and export the report.</p>}
          {canWrite && !canEdit && <p className="muted small">Only editors change the article text; you can mark and check claims.</p>}
        </header>
        {showShortcuts && <ShortcutsHelp onClose={() => setShowShortcuts(false)} />}
        {conflict && <SaveConflict latest={conflict.latest} mine={conflict.mine} onClose={() => setConflict(null)} />}
        {pending && (
          <KindPicker quote={article.text.slice(pending.start, pending.end)} busy={creating} onPick={(kind) => void finishClaim(kind)} onCancel={() => setPending(null)} />
        )}
        <ArticleEditor
          body={initialArticle.body}
          editable={canEdit}
          dirty={dirty}
          claims={highlights}
          selectedId={selectedId}
          suggestions={suggestionMarks}
          currentSuggestionId={currentSuggestionId}
          onSelectClaim={(id) => selectClaim(id, false)}
          onSelectSuggestion={(id) => selectSuggestion(id, false)}
          onEdit={() => setDirty(true)}
          handleRef={editorRef}
        />
      </section>

      <aside className="workspace__panel" aria-label="Claims">
        <div className="panel__header">
          <h2 className="panel__title">
            Claims <span className="count">{claims.length}</span>
          </h2>
          <button type="button" className="button button--ghost button--small" onClick={() => setShowShortcuts(true)}>
            Shortcuts <kbd>?</kbd>
          </button>
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
        <div className="panel__tabs" role="tablist" aria-label="Claims and suggestions">
          <button type="button" role="tab" className="panel__tab" aria-selected={tab === "claims"} onClick={() => setTab("claims")}>
            Claims
          </button>
          <button type="button" role="tab" className="panel__tab" aria-selected={tab === "suggestions"} onClick={() => setTab("suggestions")}>
            Suggestions <span className="count">{suggestionState.loaded ? suggestions.length : "…"}</span>
          </button>
        </div>
        {tab === "suggestions" ? (
          <SuggestionsPanel
            suggestions={suggestions}
            loaded={suggestionState.loaded}
            error={suggestionState.error}
            busy={suggestionState.busy}
            canWrite={canWrite}
            dirty={dirty}
            currentId={currentSuggestionId}
            onSelect={(suggestion) => selectSuggestion(suggestion.id, true)}
            onAccept={(suggestion) => void suggestionState.accept(suggestion)}
            onAcceptAll={(kind) => void suggestionState.acceptAll(kind)}
            onDismiss={(suggestion) => void suggestionState.dismiss(suggestion)}
          />
        ) : (
          <>
          {checked.size > 0 && (
            <BulkBar
              count={checked.size}
              checkers={checkers}
              onClear={() => setChecked(new Set())}
              onApply={async (change) => {
                const ok = await store.bulk(
                  claims.filter((claim) => checked.has(claim.id)),
                  change,
                );
                if (ok) setChecked(new Set());
                return ok;
              }}
            />
          )}
          <ClaimFiltersBar filters={filters} checkers={checkers} shown={visibleClaims.length} total={claims.length} onChange={changeFilters} />
          {claims.length > 0 && visibleClaims.length === 0 ? (
            <p className="muted">No claim matches these filters.</p>
          ) : (
            <ClaimList
              claims={visibleClaims}
              selectedId={selectedId}
              onSelect={(id) => selectClaim(id, true)}
              checked={canWrite ? checked : undefined}
              onToggle={canWrite ? toggleChecked : undefined}
            />
          )}
          {selected && (
            <ClaimDetail
              key={selected.id}
              claim={selected}
              checkers={checkers}
              people={users}
              actor={{ id: actorId, role }}
              onLocalChange={(change) => store.updateLocal(selected.id, change)}
              canDecide={canEdit}
              canWrite={canWrite}
              onPatch={(change) => store.patch(selected, change)}
              onDelete={async () => {
                await store.remove(selected);
                setSelectedId(null);
              }}
              onReattach={async () => {
                const range = selectedRange();
                if (range && (await store.reattach(selected, range, article.version))) window.getSelection()?.removeAllRanges();
              }}
              onAddSource={(fields) => store.addSource(selected, fields)}
              onUpdateSource={(source, fields) => store.updateSource(source, fields)}
              onRemoveSource={(source) => store.removeSource(source)}
            />
          )}
          </>
        )}
      </aside>
    </div>
  );
}

function describeSave(version: number, summary: SaveSummary): string {
  const parts = [
    summary.shifted > 0 && `${summary.shifted} claim${summary.shifted === 1 ? "" : "s"} with changed text`,
    summary.orphaned > 0 && `${summary.orphaned} orphaned`,
    summary.needsRecheck > 0 && `${summary.needsRecheck} to re-check`,
  ].filter(Boolean);
  return `Saved as version ${version}.${parts.length ? ` ${parts.join(", ")}.` : " Every claim is still on its text."}`;
}

/** Shows the selected claim's sources: opens the add form for those who may add, else focuses the first source. */
function openSources(canAdd: boolean) {
  const section = document.getElementById("sources-heading")?.closest("section");
  if (!section) return;
  section.scrollIntoView({ block: "center" });
  const add = canAdd ? [...section.querySelectorAll("button")].find((button) => button.textContent?.trim() === "Add source") : undefined;
  if (add) {
    add.click();
    setTimeout(() => section.querySelector<HTMLElement>("input[name=url]")?.focus(), 50);
  } else {
    section.querySelector<HTMLElement>("input[name=url], a")?.focus();
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
