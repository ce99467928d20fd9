"use client";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { SWRConfig, type State } from "swr";
import { ProgressBar } from "@/components/ui/progress-bar";
import { applyClaimFilters, writeClaimFilters, type ClaimFilters } from "@/lib/claims/claim-filters";
import { isResolved, type ClaimKind } from "@/lib/claims/vocabulary";
import type { ArticleWithBodyDto, UserDto } from "@/lib/dto";
import { viewersByClaim } from "@/lib/live/presence";
import { can, canBeAssigned, type Role } from "@/lib/permissions";
import { ArticleEditor, type ArticleEditorHandle } from "./article-editor";
import { ArticleDiscussion } from "./claim-discussion";
import { highlightsOf } from "@/lib/editor/claim-highlights";
import { BulkBar } from "./bulk-bar";
import { ClaimDetail } from "./claim-detail";
import { ClaimFiltersBar } from "./claim-filters-bar";
import { ClaimOverview } from "./claim-overview";
import { ClaimList } from "./claim-list";
import { KindPicker } from "./kind-picker";
import { RegisterDayForm } from "./register-day";
import { RegisterReview } from "./register-review";
import { ReportMenu } from "./report-menu";
import { SaveConflict } from "./save-conflict";
import type { SourceListHandle } from "./source-list";
import { ShortcutsHelp } from "./shortcuts-help";
import { distinctWordings, suggestionRows, type SuggestionOrder } from "@/lib/suggestions/suggestion-rows";
import { SuggestionsPanel } from "./suggestions-panel";
import { useArticleSave } from "./use-article-save";
import { useLiveWorkspace } from "./use-live-workspace";
import { useClaims } from "./use-claims";
import { useSuggestions } from "./use-suggestions";
import type { CheckingPolicy } from "@/lib/workflow/checking-policy";
import { WorkflowBar } from "./workflow-bar";
import { useWorkspaceShortcuts } from "./use-workspace-shortcuts";

type Props = {
  article: ArticleWithBodyDto;
  /** Where the page's read of the article stood: the live stream starts there. */
  liveSince: string;
  users: UserDto[];
  actor: { id: string; role: Role };
  /** The desk's checking policy, for the workflow bar's preview of what blocks the next step. */
  checkingPolicy: CheckingPolicy;
  /** A claim to open first (from a queue link: ?claim=<id>). */
  initialSelectedId: string | null;
  /** Filters from the URL. */
  initialFilters: ClaimFilters;
};

/** Where the workspace shows one pane at a time (globals.css has the same width). */
const NARROW = "(max-width: 800px)";

/**
 * The checking workspace, with a data cache of its own: the page brings the article, the claims
 * come from the API as the workspace opens (500 claims cost the page's render three times what
 * they cost as JSON), and every change lands in one place.
 */
export function WorkspaceClient(props: Props) {
  const [provider] = useState(() => () => new Map<string, State>());
  return (
    <SWRConfig value={{ provider }}>
      <Workspace {...props} />
    </SWRConfig>
  );
}

function Workspace({ article: initialArticle, liveSince, users, actor, checkingPolicy, initialSelectedId, initialFilters }: Props) {
  const canWrite = can(actor.role, "claim:write");
  const canEdit = can(actor.role, "article:edit");
  const store = useClaims(initialArticle.id);
  const { claims, loaded: claimsLoaded, loadError: claimsLoadError, message, setMessage, reloadQuietly } = store;
  const editorRef = useRef<ArticleEditorHandle>(null);
  const articleRef = useRef<HTMLElement>(null);
  const sourcesRef = useRef<SourceListHandle>(null);
  const onSaved = useCallback(
    async (summary: string) => {
      await reloadQuietly();
      setMessage({ tone: "info", text: summary });
    },
    [reloadQuietly, setMessage],
  );
  const onSaveError = useCallback((text: string) => setMessage({ tone: "error", text }), [setMessage]);
  const { article, setArticle, dirty, markDirty, saving, save, conflict, dismissConflict, receive, receiveSettings } = useArticleSave({
    initialArticle,
    editorRef,
    onSaved,
    onError: onSaveError,
  });
  const [selectedId, setSelectedId] = useState<string | null>(initialSelectedId);
  const live = useLiveWorkspace({
    articleId: initialArticle.id,
    liveSince,
    actorId: actor.id,
    refreshClaims: store.refresh,
    receive,
    receiveSettings,
    saving,
    selectedId,
    editing: dirty,
  });
  const claimViewers = useMemo(() => viewersByClaim(live.people, actor.id), [live.people, actor.id]);
  const othersEditing = live.people.filter((person) => person.editing && person.userId !== actor.id);
  const checkers = useMemo(() => users.filter((user) => canBeAssigned(user.role)), [users]);
  const [filters, setFilters] = useState<ClaimFilters>(initialFilters);
  const visibleClaims = useMemo(() => applyClaimFilters(claims, filters), [claims, filters]);
  const changeFilters = useCallback(
    (next: ClaimFilters) => {
      setFilters(next);
      // A claim the new filters hide closes with them (a claim changed while open stays open).
      const shown = new Set(applyClaimFilters(claims, next).map((claim) => claim.id));
      setSelectedId((current) => (current !== null && !shown.has(current) ? null : current));
      // The filtered view lives in the URL, so it can be bookmarked and shared.
      const query = writeClaimFilters(new URLSearchParams(window.location.search), next).toString();
      window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    },
    [claims],
  );
  const [pending, setPending] = useState<{ start: number; end: number } | null>(null);
  const [creating, setCreating] = useState(false);
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
  const [tab, setTab] = useState<"claims" | "suggestions">("claims");
  const suggestionState = useSuggestions(article.id, claimsLoaded ? `${article.version}:${claims.length}` : null, reloadQuietly);
  const { suggestions, coverage } = suggestionState;
  const [suggestionOrder, setSuggestionOrder] = useState<SuggestionOrder>("document");
  const flags = useMemo(() => suggestions.filter((suggestion) => suggestion.kind === "register_flag"), [suggestions]);
  const suggestionRowList = useMemo(() => suggestionRows(suggestions, suggestionOrder), [suggestions, suggestionOrder]);
  // J and K move through the rows as the panel lists them: flags first, then one stop per row.
  const suggestionStops = useMemo(() => [...flags, ...suggestionRowList.map((row) => row.items[0]!)], [flags, suggestionRowList]);
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
  const highlights = useMemo(() => highlightsOf(claims), [claims]);
  const resolved = claims.filter((claim) => isResolved(claim.status)).length;
  const toRecheck = claims.filter((claim) => claim.needsRecheck).length;

  // Phones and narrow tablets show the article or the claims, one at a time (the tabs are hidden
  // wider than that); each keeps its own scroll position, so opening a claim from its highlight
  // and coming back returns the reader to the same line.
  const [pane, setPane] = useState<"article" | "claims">("article");
  const paneScroll = useRef({ article: 0, claims: 0 });
  const showPane = useCallback(
    (next: "article" | "claims") => {
      if (next === pane) return;
      paneScroll.current[pane] = window.scrollY;
      setPane(next);
      requestAnimationFrame(() => window.scrollTo({ top: paneScroll.current[next] }));
    },
    [pane],
  );
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
      setMessage({ tone: "info", text: "Save your edits first: claims are marked on the saved text." });
      return null;
    }
    const range = editorRef.current?.selectionOffsets() ?? null;
    if (!range) setMessage({ tone: "info", text: "Select the words of the claim in the article first." });
    return range;
  }, [dirty, setMessage]);

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

  useWorkspaceShortcuts({
    save: canEdit ? () => void save() : null,
    markClaim: canWrite && !pending ? startClaim : null,
    toggleHelp: () => setShowShortcuts((shown) => !shown),
    openSources: selected ? () => sourcesRef.current?.open() : null,
    focusComment: canWrite && selected ? () => document.getElementById("comment-box")?.focus() : null,
    setStatus: canWrite && !pending && selected ? (status) => status !== selected.status && void store.patch(selected, { status }) : null,
    step:
      tab === "suggestions" && suggestionStops.length > 0
        ? (direction) => selectSuggestion(neighbour(suggestionStops, currentSuggestionId, direction).id, true)
        : visibleClaims.length > 0
          ? (direction) => selectClaim(neighbour(visibleClaims, selectedId, direction).id, true)
          : null,
    acceptSuggestion: tab === "suggestions" && canWrite && currentSuggestion && !suggestionState.busy ? () => workThroughSuggestion("accept") : null,
    dismissSuggestion: tab === "suggestions" && canWrite && currentSuggestion && !suggestionState.busy ? () => workThroughSuggestion("dismiss") : null,
  });

  /** Accepts or dismisses the current suggestion (with its folded repeats) and moves on to the next stop. */
  function workThroughSuggestion(action: "accept" | "dismiss") {
    if (!currentSuggestion) return;
    const index = suggestionStops.findIndex((stop) => stop.id === currentSuggestion.id);
    const following = suggestionStops[index + 1] ?? suggestionStops[index - 1] ?? null;
    const row = suggestionRowList.find((candidate) => candidate.items.some((item) => item.id === currentSuggestion.id));
    const work = !row
      ? suggestionState[action](currentSuggestion)
      : action === "accept"
        ? suggestionState.acceptMany(row.items)
        : suggestionState.dismissMany(distinctWordings(row));
    void work.then((done) => {
      if (done) setCurrentSuggestionId(following?.id ?? null);
    });
  }

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return (
    <div className={`workspace workspace--pane-${pane}`}>
      <div className="workspace__panes" role="tablist" aria-label="Article or claims">
        <button type="button" role="tab" className="workspace__pane-tab" aria-selected={pane === "article"} onClick={() => showPane("article")}>
          Article
        </button>
        <button type="button" role="tab" className="workspace__pane-tab" aria-selected={pane === "claims"} onClick={() => showPane("claims")}>
          Claims ({claims.length})
        </button>
      </div>
      <div className="workspace__reader">
        <section className="workspace__article" aria-label="Article" ref={articleRef}>
          <header className="workspace__header">
            <h1 className="workspace__title">{article.title}</h1>
            <p className="workspace__meta muted small">
              Version {article.version} · saved by {article.updatedBy.name} · <Link href={`/articles/${article.id}/revisions`}>Revisions and changes</Link> ·{" "}
              <span className={`live-status live-status--${live.status}`} data-live-status={live.status}>
                {LIVE_STATUS_LABELS[live.status]}
              </span>
            </p>
            {live.people.length > 0 && (
              <div className="presence">
                <ul className="presence__people" aria-label="Who has the article open">
                  {live.people.map((person) => (
                    <li
                      key={person.userId}
                      className={`presence__person${person.editing ? " presence__person--editing" : ""}`}
                      data-presence-user={person.name}
                      title={person.userId === actor.id ? `${person.name} (you)` : person.name}
                    >
                      <span aria-hidden="true">{person.initials}</span>
                      <span className="visually-hidden">{person.userId === actor.id ? `${person.name} (you)` : person.name}</span>
                    </li>
                  ))}
                </ul>
                {othersEditing.length > 0 && (
                  <span className="presence__editing small" data-presence-editing>
                    {othersEditing.map((person) => person.name).join(" and ")} {othersEditing.length === 1 ? "is" : "are"} editing the text
                  </span>
                )}
              </div>
            )}
            {live.notice && (
              <p className="live-notice small" role="status" data-live-notice>
                {live.notice}
              </p>
            )}
            <WorkflowBar
              article={article}
              role={actor.role}
              checkers={checkers}
              claims={claims}
              policy={checkingPolicy}
              coverage={coverage}
              onArticle={setArticle}
              onSelectClaim={(id) => selectClaim(id, true)}
            />
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
                <ReportMenu article={article} filters={filters} canEdit={canEdit} canWrite={canWrite} onArticle={setArticle} onImported={() => void reloadQuietly()} />
              </div>
            </div>
            {canEdit && dirty && <p className="notice notice--info">Unsaved edits. Highlights follow your typing; claims are re-anchored to the text when you save.</p>}
            {!canWrite && <p className="notice notice--info">You have read-only access: you can read the article, its claims and sources, and export the report.</p>}
            {canWrite && !canEdit && <p className="muted small">Only editors change the article text; you can mark and check claims.</p>}
          </header>
          {showShortcuts && <ShortcutsHelp onClose={() => setShowShortcuts(false)} />}
          {conflict && <SaveConflict latest={conflict.latest} mine={conflict.mine} onClose={dismissConflict} />}
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
            onSelectClaim={(id) => {
              selectClaim(id, false);
              if (window.matchMedia(NARROW).matches) showPane("claims");
            }}
            onSelectSuggestion={(id) => selectSuggestion(id, false)}
            onEdit={markDirty}
            handleRef={editorRef}
          />
        </section>
        <ClaimOverview scroller={articleRef} claims={claims} selectedId={selectedId} onSelect={(id) => selectClaim(id, true)} />
      </div>

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
            <button type="button" className="notice__close" aria-label="Dismiss message" onClick={() => setMessage(null)}>
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
          <>
            <RegisterDayForm
              article={article}
              registerDay={suggestionState.registerDay}
              canEdit={canEdit}
              onArticle={(saved) => {
                setArticle(saved);
                void suggestionState.reload();
              }}
            />
            <SuggestionsPanel
              flags={flags}
              rows={suggestionRowList}
              order={suggestionOrder}
              onOrder={setSuggestionOrder}
              loaded={suggestionState.loaded}
              error={suggestionState.error}
              busy={suggestionState.busy}
              canWrite={canWrite}
              dirty={dirty}
              currentId={currentSuggestionId}
              onSelect={(suggestion) => selectSuggestion(suggestion.id, true)}
              onAccept={(row) => void suggestionState.acceptMany(row.items)}
              onAcceptAll={(kind) => void suggestionState.acceptAll(kind)}
              onDismiss={(row) => void suggestionState.dismissMany(distinctWordings(row))}
              onAcceptFlag={(flag) => void suggestionState.accept(flag)}
              onDismissFlag={(flag) => void suggestionState.dismiss(flag)}
            />
            <RegisterReview articleId={article.id} revision={`${article.version}:${claims.map((claim) => claim.status).join("")}`} canAdd={can(actor.role, "register:write")} />
          </>
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
            {!claimsLoaded ? (
              claimsLoadError ? (
                <div className="notice notice--error" role="alert">
                  {claimsLoadError}
                </div>
              ) : (
                <p className="muted">Loading the claims…</p>
              )
            ) : claims.length > 0 && visibleClaims.length === 0 ? (
              <p className="muted">No claim matches these filters.</p>
            ) : (
              <ClaimList
                claims={visibleClaims}
                viewers={claimViewers}
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
                changedBy={live.changedBy.get(selected.id)?.name ?? null}
                checkers={checkers}
                people={users}
                actor={actor}
                onLocalChange={(change) => void store.updateLocal(selected.id, change)}
                sourcesRef={sourcesRef}
                onPatch={(change) => store.patch(selected, change)}
                onDelete={async () => {
                  if (await store.remove(selected)) setSelectedId(null);
                }}
                onReattach={async () => {
                  const range = selectedRange();
                  if (range && (await store.reattach(selected, range, article.version))) window.getSelection()?.removeAllRanges();
                }}
                onAddSource={(fields) => store.addSource(selected, fields)}
                onUpdateSource={(source, fields) => store.updateSource(source, fields)}
                onRemoveSource={(source) => store.removeSource(source)}
                textDirty={dirty}
                onRefresh={store.refresh}
                onTextChanged={live.syncText}
              />
            )}
            {!selected && <ArticleDiscussion articleId={article.id} people={users} actor={actor} canWrite={canWrite} />}
          </>
        )}
      </aside>
    </div>
  );
}

const LIVE_STATUS_LABELS = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  "signed-out": "Signed out: reload to sign in",
  closed: "Not live: reload the page",
} as const;

/** The item after (or before) the current one, staying at the ends; the first when none is current. */
function neighbour<T extends { id: string }>(items: readonly T[], currentId: string | null, direction: 1 | -1): T {
  const index = items.findIndex((item) => item.id === currentId);
  const next = direction === 1 ? Math.min(items.length - 1, index + 1) : Math.max(0, index < 0 ? 0 : index - 1);
  return items[next]!;
}
