"use client";
import { useState } from "react";
import { followServer, keepMine, startDraft, takeTheirs, type Draft } from "@/lib/live/draft";

/**
 * A field's draft that follows the server's value while untouched and, once typed in, keeps the
 * typing when a colleague changes the field (lib/live/draft.ts).
 */
export function useDraft<T>(server: T, same: (a: T, b: T) => boolean = Object.is) {
  const [draft, setDraft] = useState<Draft<T>>(() => startDraft(server));
  // Adjusting state to a new prop during render (React's documented pattern), not in an effect:
  // the field never shows a stale value for a frame.
  const followed = followServer(draft, server, same);
  if (followed !== draft) setDraft(followed);
  return {
    value: followed.value,
    theirs: followed.theirs,
    set: (value: T) => setDraft((current) => ({ ...current, value })),
    keepMine: () => setDraft(keepMine),
    takeTheirs: () => setDraft(takeTheirs),
  };
}

/** "Changed by X" with their value, and the choice to keep what I typed or take theirs. */
export function ChangedNotice({ who, theirs, onKeep, onTake }: { who: string | null; theirs: string; onKeep: () => void; onTake: () => void }) {
  return (
    <div className="changed-notice" role="status" data-changed-notice>
      <p>
        <strong>Changed by {who ?? "a colleague"}</strong> while you were typing. Theirs: <q>{theirs || "(empty)"}</q>
      </p>
      <div className="form__actions">
        <button type="button" className="button button--small" onClick={onKeep}>
          Keep mine
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onTake}>
          Take theirs
        </button>
      </div>
    </div>
  );
}
