"use client";
import { useEffect, useLayoutEffect, useRef } from "react";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/vocabulary";

/**
 * What each shortcut does right now; null where it does nothing (no permission, nothing
 * selected). The shortcuts overlay (shortcuts-help.tsx) lists the same keys.
 */
export type WorkspaceShortcuts = {
  save: (() => void) | null;
  markClaim: (() => void) | null;
  toggleHelp: () => void;
  openSources: (() => void) | null;
  focusComment: (() => void) | null;
  setStatus: ((status: ClaimStatus) => void) | null;
  /** J and K: the next or previous claim, or suggestion on the suggestions tab. */
  step: ((direction: 1 | -1) => void) | null;
  /** A and X on the suggestions tab. */
  acceptSuggestion: (() => void) | null;
  dismissSuggestion: (() => void) | null;
};

/** The workspace's keyboard shortcuts, listening once for as long as the workspace is open. */
export function useWorkspaceShortcuts(shortcuts: WorkspaceShortcuts): void {
  const latest = useRef(shortcuts);
  useLayoutEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => handleShortcut(event, latest.current);
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

function handleShortcut(event: KeyboardEvent, shortcuts: WorkspaceShortcuts): void {
  const command = event.ctrlKey || event.metaKey;
  const run = (action: (() => void) | null) => {
    if (!action) return;
    event.preventDefault();
    action();
  };
  if (command && event.key === "s") return run(shortcuts.save);
  // Works inside the editable text too, where a plain C would type a letter.
  if (command && event.shiftKey && event.key.toLowerCase() === "m") return run(shortcuts.markClaim);
  if (event.defaultPrevented || event.altKey || command || isTyping(event.target)) return;
  const { setStatus } = shortcuts;
  switch (event.key) {
    case "?":
      return run(shortcuts.toggleHelp);
    case "c":
      return run(shortcuts.markClaim);
    case "s":
      return run(shortcuts.openSources);
    case "m":
      return run(shortcuts.focusComment);
    case "j":
    case "k": {
      const { step } = shortcuts;
      return run(step && (() => step(event.key === "j" ? 1 : -1)));
    }
    case "a":
      return run(shortcuts.acceptSuggestion);
    case "x":
      return run(shortcuts.dismissSuggestion);
  }
  const status = /^[1-6]$/.test(event.key) ? CLAIM_STATUSES[Number(event.key) - 1] : undefined;
  if (status) run(setStatus && (() => setStatus(status)));
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A reader's caret in the article types nothing: the single-key shortcuts work there.
  if (target.isContentEditable) return target.closest("[aria-readonly='true']") === null;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
