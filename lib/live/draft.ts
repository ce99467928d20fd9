// A field someone is editing (a claim's note, a decision's explanation) while colleagues may
// change the same field: what was typed is never overwritten under the cursor. An untouched
// draft follows the server; an edited one keeps the typing and offers the new value ("changed
// by X: keep mine / take theirs").

export type Draft<T> = {
  /** What the field shows. */
  value: T;
  /** The server's value the draft was last in step with. */
  base: T;
  /** A newer server value that differs from the typing, until the person keeps or takes it. */
  theirs: { value: T } | null;
};

export const startDraft = <T>(value: T): Draft<T> => ({ value, base: value, theirs: null });

/** The draft once the server's value is `server`. */
export function followServer<T>(draft: Draft<T>, server: T, same: (a: T, b: T) => boolean = Object.is): Draft<T> {
  if (same(server, draft.base)) return draft;
  if (same(draft.value, draft.base) || same(draft.value, server)) return startDraft(server);
  return { value: draft.value, base: server, theirs: { value: server } };
}

/** Keeps the typing (saving it then replaces their value on purpose). */
export const keepMine = <T>(draft: Draft<T>): Draft<T> => ({ ...draft, theirs: null });

/** Drops the typing for their value. */
export const takeTheirs = <T>(draft: Draft<T>): Draft<T> => (draft.theirs === null ? draft : startDraft(draft.theirs.value));
