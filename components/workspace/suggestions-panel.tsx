"use client";
import Link from "next/link";
import { SUGGESTION_KIND_LABELS, SUGGESTION_KINDS, type SuggestionKind } from "@/lib/suggestions/kinds";
import type { SuggestionOrder, SuggestionRow } from "@/lib/suggestions/suggestion-rows";
import type { Suggestion } from "@/lib/suggestions/suggestions";

type Props = {
  flags: Suggestion[];
  rows: SuggestionRow[];
  order: SuggestionOrder;
  onOrder: (order: SuggestionOrder) => void;
  loaded: boolean;
  error: string | null;
  busy: boolean;
  canWrite: boolean;
  dirty: boolean;
  currentId: string | null;
  onSelect: (suggestion: Suggestion) => void;
  onAccept: (row: SuggestionRow) => void;
  onAcceptAll: (kind: SuggestionKind) => void;
  onDismiss: (row: SuggestionRow) => void;
  onDismissFlag: (flag: Suggestion) => void;
  onAcceptFlag: (flag: Suggestion) => void;
};

/**
 * Claims the article probably needs: one row per thing (repeats folded, with their count), in
 * the order of the text or by kind, each with the sentence it is in. Accept (it becomes a claim;
 * a folded row becomes one claim per repeat) or dismiss.
 */
export function SuggestionsPanel(props: Props) {
  const { flags, rows, order, onOrder, loaded, error, busy, canWrite, dirty, currentId, onSelect, onAcceptAll } = props;
  if (!loaded) return <p className="muted">{error ?? "Looking for checkable claims…"}</p>;
  const empty = flags.length === 0 && rows.length === 0;
  const groups =
    order === "kind" ? SUGGESTION_KINDS.map((kind) => ({ kind, rows: rows.filter((row) => row.kind === kind) })).filter((group) => group.rows.length > 0) : [{ kind: null, rows }];
  return (
    <div className="suggestions" aria-busy={busy}>
      {error && (
        <p className="notice notice--error" role="status">
          {error}
        </p>
      )}
      {dirty && <p className="notice notice--info">Save your edits to see suggestions for the new text.</p>}
      {empty ? (
        <p className="muted">Nothing left to suggest: every checkable phrase found is marked or dismissed.</p>
      ) : (
        <div className="suggestions__toolbar">
          <p className="muted small">
            Found by rules and an offline language model; accept with <kbd>A</kbd>, dismiss with <kbd>X</kbd>, move with <kbd>J</kbd>/<kbd>K</kbd>.
          </p>
          <fieldset className="segmented" aria-label="Order of the suggestions">
            {(["document", "kind"] as const).map((value) => (
              <label key={value} className="segmented__option">
                <input type="radio" name="suggestion-order" value={value} checked={order === value} onChange={() => onOrder(value)} />
                {value === "document" ? "In the text" : "By kind"}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      {flags.length > 0 && <RegisterFlags {...props} />}
      {groups.map((group) => (
        <section key={group.kind ?? "all"} className="suggestions__group" aria-labelledby={`suggestions-${group.kind ?? "all"}`}>
          <div className="suggestions__group-header">
            <h3 id={`suggestions-${group.kind ?? "all"}`} className="detail-section__title">
              {group.kind ? SUGGESTION_KIND_LABELS[group.kind] : "Suggestions"} <span className="count">{group.rows.reduce((sum, row) => sum + row.items.length, 0)}</span>
            </h3>
            {canWrite && group.kind && group.rows.length > 1 && (
              <button type="button" className="button button--ghost button--small" disabled={busy || dirty} onClick={() => onAcceptAll(group.kind)}>
                Accept all {group.rows.reduce((sum, row) => sum + row.items.length, 0)}
              </button>
            )}
          </div>
          <ul className="suggestions__list">
            {group.rows.map((row) => {
              const first = row.items[0]!;
              const current = row.items.some((item) => item.id === currentId);
              const count = row.items.length;
              return (
                <li key={row.key} className={`suggestion${current ? " suggestion--current" : ""}`} data-suggestion-item={first.id} aria-current={current ? "true" : undefined}>
                  <div className="suggestion__head">
                    <button type="button" className="suggestion__quote" onClick={() => onSelect(first)}>
                      {first.quote.length > 160 ? `${first.quote.slice(0, 157)}…` : first.quote}
                    </button>
                    {count > 1 && (
                      <span className="count" title={`${count} times in the text`}>
                        ×{count}
                      </span>
                    )}
                    {order === "document" && <span className="suggestion__kind muted small">{SUGGESTION_KIND_LABELS[row.kind as SuggestionKind]}</span>}
                  </div>
                  {first.kind !== "event" && <SentenceWithWords suggestion={first} />}
                  {first.detail && <div className="suggestion__detail small muted">{first.detail}</div>}
                  {canWrite && (
                    <div className="suggestion__actions">
                      <button type="button" className="button button--small" disabled={busy || dirty} onClick={() => props.onAccept(row)}>
                        {count > 1 ? `Accept all ${count}` : "Accept"}
                      </button>
                      <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => props.onDismiss(row)}>
                        {count > 1 ? `Dismiss all ${count}` : "Dismiss"}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The sentence a suggestion is in, its words marked. */
function SentenceWithWords({ suggestion }: { suggestion: Suggestion }) {
  const { sentence } = suggestion;
  const from = Math.max(0, suggestion.start - sentence.start);
  const to = Math.min(sentence.text.length, suggestion.end - sentence.start);
  return (
    <p className="suggestion__sentence small">
      {sentence.text.slice(0, from)}
      <mark>{sentence.text.slice(from, to)}</mark>
      {sentence.text.slice(to)}
    </p>
  );
}

function RegisterFlags({ flags, busy, canWrite, dirty, currentId, onSelect, onAcceptFlag, onDismissFlag }: Props) {
  return (
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
                <button type="button" className="button button--small" disabled={busy || dirty} onClick={() => onAcceptFlag(flag)}>
                  Mark as claim
                </button>
                <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => onDismissFlag(flag)}>
                  Dismiss
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
