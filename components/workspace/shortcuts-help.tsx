"use client";
import { useEffect, useRef } from "react";
import { CLAIM_STATUSES, STATUS_DISPLAY } from "@/lib/claims/vocabulary";

const SHORTCUTS: [string, string][] = [
  ["Tab", "Into the article: a caret even where you may not edit (arrows move it)"],
  ["Shift+arrows", "Select by character (with Ctrl/⌥: by word)"],
  ["Alt+Shift+↓ / ↑", "Extend the selection to the end / start of a sentence"],
  ["Enter", "Open the claim under the caret (in text you may not edit)"],
  ["C", "Mark the selected text as a claim (Ctrl/⌘+Shift+M inside editable text)"],
  ["1–9", "Choose the kind of a new claim"],
  ...CLAIM_STATUSES.map((status, index): [string, string] => [String(index + 1), `Set the selected claim to ${STATUS_DISPLAY[status].label}`]),
  ["J / K", "Next / previous claim (on the Suggestions tab: suggestion)"],
  ["A / X", "Accept / dismiss the current suggestion (Suggestions tab)"],
  ["S", "Open the selected claim's sources (add one, if you may)"],
  ["M", "Write a comment on the selected claim (Ctrl/⌘+Enter posts)"],
  ["Ctrl/⌘+S", "Save the article text (editors)"],
  ["Esc", "Close a dialog"],
  ["?", "Show or hide this list"],
];

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
  }, []);
  return (
    <div className="overlay" role="presentation" onClick={onClose}>
      <div
        className="overlay__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === "Escape" && onClose()}
      >
        <div className="kind-picker__header">
          <h2 id="shortcuts-title" className="kind-picker__title">
            Keyboard shortcuts
          </h2>
          <button ref={close} type="button" className="button button--ghost button--small" onClick={onClose}>
            Close <kbd>Esc</kbd>
          </button>
        </div>
        <table className="table shortcuts">
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={`${keys}-${action}`}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
