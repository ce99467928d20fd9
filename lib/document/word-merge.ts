import { diffWords } from "./text-diff";

// A three-way merge at word level: a colleague saved a new version while I had unsaved edits.
// My edits (base → mine) are re-applied on top of theirs (base → theirs) when the two touch
// different words; when they touch the same or neighbouring words, nobody's words are guessed
// at and the person resolves it (the workspace's conflict panel).

/** Replace `[start, end)` of a text with `text`. */
export type TextEdit = { start: number; end: number; text: string };

/** The edits that turn `before` into `after`, word by word, in order and not overlapping. */
export function wordEdits(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let position = 0;
  let open: TextEdit | null = null;
  for (const part of diffWords(before, after)) {
    if (part.kind === "same") {
      if (open) edits.push(open);
      open = null;
      position += part.text.length;
      continue;
    }
    open ??= { start: position, end: position, text: "" };
    if (part.kind === "removed") {
      position += part.text.length;
      open.end = position;
    } else open.text += part.text;
  }
  if (open) edits.push(open);
  return edits;
}

export type WordMerge =
  | { ok: true; text: string; /** My edits placed in their text, in order. */ edits: TextEdit[] }
  | { ok: false; /** My edits (in the common base) that touch words they changed. */ clashes: TextEdit[] };

/**
 * Re-applies my edits (base → mine) on top of theirs (base → theirs). Edits touch when they
 * overlap or meet (an insertion at the edge of a changed word counts: "Mark" → "Marco" and
 * "Mark" → "Mark's" are one word changed twice). The same edit made on both sides is applied once.
 */
export function mergeWords(base: string, mine: string, theirs: string): WordMerge {
  const ours = wordEdits(base, mine);
  const their = wordEdits(base, theirs);
  const clashes: TextEdit[] = [];
  const kept: TextEdit[] = [];
  for (const edit of ours) {
    if (their.some((other) => sameEdit(edit, other))) continue;
    if (their.some((other) => touches(edit, other))) clashes.push(edit);
    else kept.push(edit);
  }
  if (clashes.length > 0) return { ok: false, clashes };

  // Each kept edit moves by what their edits before it added or removed.
  const edits = kept.map((edit) => {
    const shift = their.filter((other) => other.end <= edit.start).reduce((sum, other) => sum + other.text.length - (other.end - other.start), 0);
    return { start: edit.start + shift, end: edit.end + shift, text: edit.text };
  });
  return { ok: true, text: applyEdits(theirs, edits), edits };
}

/**
 * Whether an edit (of `text`) can be re-applied in the editor as plain typing: within one
 * paragraph, adding or removing no line break or embedded object (those change the document's
 * structure, which a text merge cannot rebuild).
 */
export function isPlainTextEdit(text: string, edit: TextEdit): boolean {
  return !/[\n\uFFFC]/.test(edit.text) && !/[\n\uFFFC]/.test(text.slice(edit.start, edit.end));
}

/** Applies non-overlapping edits given in order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = "";
  let position = 0;
  for (const edit of edits) {
    result += text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return result + text.slice(position);
}

/**
 * Where an offset of the text before `edits` lies after them. A claim's start moves past text
 * inserted right before it and its end stays before text inserted right after it; an offset
 * inside a replaced span goes to the replacement's start (`side: "start"`) or end.
 */
export function mapOffset(offset: number, edits: readonly TextEdit[], side: "start" | "end"): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.start > offset) break;
    const insertionHere = edit.start === offset && edit.end === offset;
    if (insertionHere && side === "end") break;
    if (edit.end <= offset) shift += edit.text.length - (edit.end - edit.start);
    else if (edit.start === offset) break;
    else return edit.start + shift + (side === "start" ? 0 : edit.text.length);
  }
  return offset + shift;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

function touches(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}
