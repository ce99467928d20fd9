"use client";
import Link from "next/link";
import { SUGGESTION_KIND_LABELS, SUGGESTION_KINDS, type SuggestionKind } from "@/lib/suggestions/kinds";
import type { Suggestion } from "@/lib/suggestions/suggestions";

type Props = {
  suggestions: Suggestion[];
  loaded: boolean;
  error: string | null;
  busy: boolean;
  canWrite: boolean;
  dirty: boolean;
  currentId: string | null;
  onSelect: (suggestion: Suggestion) => void;
  onAccept: (suggestion: Suggestion) => void;
  onAcceptAll: (kind: SuggestionKind) => void;
  onDismiss: (suggestion: Suggestion) => void;
};

/** Claims the article probably needs, by kind: accept (it becomes a claim), accept all of a kind, or dismiss. */
export function SuggestionsPanel({ suggestions, loaded, error, busy, canWrite, dirty, currentId, onSelect, onAccept, onAcceptAll, onDismiss }: Props) {
  if (!loaded) return <p className="muted">{error ?? "Looking for checkable claims…"}</p>;
  const groups = SUGGESTION_KINDS.map((kind) => ({ kind, items: suggestions.filter((suggestion) => suggestion.kind === kind) })).filter((group) => group.items.length > 0);
  const flags = suggestions.filter((suggestion) => suggestion.kind === "register_flag");
  return (
    <div className="suggestions" aria-busy={busy}>
      {error && (
        <p className="notice notice--error" role="status">
          {error}
        </p>
      )}
      {dirty && <p className="notice notice--info">Save your edits to see suggestions for the new text.</p>}
      {suggestions.length === 0 ? (
        <p className="muted">Nothing left to suggest: every checkable phrase found is marked or dismissed.</p>
      ) : (
        <p className="muted small">
          Found by rules and an offline language model; accept with <kbd>A</kbd>, dismiss with <kbd>X</kbd>, move with <kbd>J</kbd>/<kbd>K</kbd>.
        </p>
      )}
      {flags.length > 0 && (
        <section className="suggestions__group suggestions__group--flags" aria-labelledby="suggestions-register">
          <h3 id="suggestions-register" className="detail-section__title">
            Register flags <span className="count">{flags.length}</span>
          </h3>
          <ul className="suggestions__list">
            {flags.map((flag) => (
              <li
                key={flag.id}
                className={`suggestion suggestion--flag${flag.id === currentId ? " suggestion--current" : ""}`}
                data-suggestion-item={flag.id}
                aria-current={flag.id === currentId ? "true" : undefined}
              >
                <button type="button" className="suggestion__quote" onClick={() => onSelect(flag)}>
                  {flag.quote}
                </button>
                <p className="suggestion__message">{flag.message}</p>
                {flag.registerEntry && (
                  <div className="small">
                    Register: <Link href={`/register?q=${encodeURIComponent(flag.registerEntry.name)}`}>{flag.registerEntry.name}</Link>
                    {flag.registerEntry.sources.length > 0 && (
                      <ul className="suggestion__sources">
                        {flag.registerEntry.sources.map((source) => (
                          <li key={source.url}>
                            <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
                              {source.title || source.url}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                )}
                {canWrite && (
                  <div className="suggestion__actions">
                    <button type="button" className="button button--small" disabled={busy || dirty} onClick={() => onAccept(flag)}>
                      Mark as claim
                    </button>
                    <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => onDismiss(flag)}>
                      Dismiss
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {groups.map((group) => (
        <section key={group.kind} className="suggestions__group" aria-labelledby={`suggestions-${group.kind}`}>
          <div className="suggestions__group-header">
            <h3 id={`suggestions-${group.kind}`} className="detail-section__title">
              {SUGGESTION_KIND_LABELS[group.kind]} <span className="count">{group.items.length}</span>
            </h3>
            {canWrite && group.items.length > 1 && (
              <button type="button" className="button button--ghost button--small" disabled={busy || dirty} onClick={() => onAcceptAll(group.kind)}>
                Accept all {group.items.length}
              </button>
            )}
          </div>
          <ul className="suggestions__list">
            {group.items.map((suggestion) => (
              <li
                key={suggestion.id}
                className={`suggestion${suggestion.id === currentId ? " suggestion--current" : ""}`}
                data-suggestion-item={suggestion.id}
                aria-current={suggestion.id === currentId ? "true" : undefined}
              >
                <button type="button" className="suggestion__quote" onClick={() => onSelect(suggestion)}>
                  {suggestion.quote.length > 160 ? `${suggestion.quote.slice(0, 157)}…` : suggestion.quote}
                </button>
                {suggestion.detail && <div className="suggestion__detail small muted">{suggestion.detail}</div>}
                {canWrite && (
                  <div className="suggestion__actions">
                    <button type="button" className="button button--small" disabled={busy || dirty} onClick={() => onAccept(suggestion)}>
                      Accept
                    </button>
                    <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => onDismiss(suggestion)}>
                      Dismiss
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
