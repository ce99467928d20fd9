import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, isPlainTextEdit, mapOffset, mergeWords, wordEdits } from "./word-merge";

const BASE = "The minister Mark Smith said 40 people came on Tuesday.\n\nThe port reopened in May.";

/** A claim as the server anchors it: offsets into a text, and the words they cover. */
const claimOn = (text: string, words: string) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
};

describe("wordEdits", () => {
  it("turns the one text into the other, word by word", () => {
    const after = "The minister Marco Smith said 45 people came.\n\nThe port reopened in May.";
    const edits = wordEdits(BASE, after);
    expect(applyEdits(BASE, edits)).toBe(after);
    expect(edits.map((edit) => [BASE.slice(edit.start, edit.end), edit.text])).toEqual([
      ["Mark", "Marco"],
      ["40", "45"],
      [" on Tuesday", ""],
    ]);
  });
});

describe("mergeWords", () => {
  it("re-applies my edits on top of theirs when they touch different words, and keeps claims on their words", () => {
    const theirs = BASE.replace("Mark", "Marco");
    const mine = BASE.replace("40", "45").replace("May", "early May");
    const merged = mergeWords(BASE, mine, theirs);
    expect(merged).toEqual({ ok: true, text: "The minister Marco Smith said 45 people came on Tuesday.\n\nThe port reopened in early May.", edits: expect.any(Array) });
    if (!merged.ok) return;
    expect(applyEdits(theirs, merged.edits)).toBe(merged.text);

    // Claims anchored on their version follow my edits to the same words.
    const name = claimOn(theirs, "Marco Smith");
    const count = claimOn(theirs, "40 people");
    const reopened = claimOn(theirs, "reopened in May");
    const moved = (claim: { start: number; end: number }) => merged.text.slice(mapOffset(claim.start, merged.edits, "start"), mapOffset(claim.end, merged.edits, "end"));
    expect(moved(name)).toBe("Marco Smith");
    expect(moved(count)).toBe("45 people");
    expect(moved(reopened)).toBe("reopened in early May");
  });

  it("refuses to guess when both changed the same word", () => {
    const merged = mergeWords(BASE, BASE.replace("Mark", "Marcus"), BASE.replace("Mark", "Marco"));
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.clashes.map((edit) => BASE.slice(edit.start, edit.end))).toEqual(["Mark"]);
  });

  it("counts an edit at the edge of a changed word as touching it", () => {
    const mine = BASE.replace("Mark Smith", "Mark's Smith");
    expect(mergeWords(BASE, mine, BASE.replace("Mark", "Marco")).ok).toBe(false);
    // Words apart (a space between) merge.
    expect(mergeWords(BASE, BASE.replace("Smith", "Smyth"), BASE.replace("Mark", "Marco"))).toMatchObject({ ok: true, text: BASE.replace("Mark Smith", "Marco Smyth") });
  });

  it("applies the same edit made on both sides once", () => {
    const both = BASE.replace("40", "45");
    expect(mergeWords(BASE, both, both)).toEqual({ ok: true, text: both, edits: [] });
  });

  it("merges edits in different paragraphs and a deletion next to unchanged words", () => {
    const theirs = BASE.replace(" on Tuesday", "");
    const mine = BASE.replace("The port", "The northern port");
    expect(mergeWords(BASE, mine, theirs)).toMatchObject({ ok: true, text: "The minister Mark Smith said 40 people came.\n\nThe northern port reopened in May." });
  });

  it("tells typing within a paragraph from edits that change the document's structure", () => {
    const text = "One paragraph.\n\nAnother.";
    expect(isPlainTextEdit(text, { start: 4, end: 13, text: "sentence" })).toBe(true);
    expect(isPlainTextEdit(text, { start: 14, end: 16, text: " " })).toBe(false); // joins two paragraphs
    expect(isPlainTextEdit(text, { start: 3, end: 3, text: "\n\n" })).toBe(false); // splits one
  });

  const words = fc
    .array(fc.constantFrom("Mark", "Smith", "40", "people", "came", "in", "May", ",", ".", " ", "\n\n", "Zoë", "🙂"), { maxLength: 30 })
    .map((parts) => parts.join(""));

  it("gives mine when they changed nothing, theirs when I changed nothing (any texts)", () => {
    fc.assert(
      fc.property(words, words, (base, other) => {
        expect(mergeWords(base, other, base)).toMatchObject({ ok: true, text: other });
        expect(mergeWords(base, base, other)).toMatchObject({ ok: true, text: other });
      }),
    );
  });

  it("when it merges, the result holds every word they wrote and every word I wrote (any texts)", () => {
    fc.assert(
      fc.property(words, words, words, (base, mine, theirs) => {
        const merged = mergeWords(base, mine, theirs);
        if (!merged.ok) return;
        expect(applyEdits(theirs, merged.edits)).toBe(merged.text);
        // Undoing my edits (placed in their text) gives their text back, so theirs is all there.
        let undone = "";
        let position = 0;
        let shift = 0;
        for (const edit of merged.edits) {
          undone += merged.text.slice(position, edit.start + shift) + theirs.slice(edit.start, edit.end);
          position = edit.start + shift + edit.text.length;
          shift += edit.text.length - (edit.end - edit.start);
        }
        expect(undone + merged.text.slice(position)).toBe(theirs);
        // And my inserted words are in the result.
        for (const edit of wordEdits(base, mine)) expect(merged.text).toContain(edit.text);
      }),
    );
  });
});
