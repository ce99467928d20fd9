import { describe, expect, it } from "vitest";
import { followServer, keepMine, startDraft, takeTheirs } from "./draft";

describe("a draft of a field colleagues may change", () => {
  it("follows the server while untouched", () => {
    expect(followServer(startDraft("old note"), "their note")).toEqual(startDraft("their note"));
  });

  it("keeps what was typed when the server changes under it, and offers their value", () => {
    const typed = { ...startDraft("old note"), value: "my note" };
    const changed = followServer(typed, "their note");
    expect(changed).toEqual({ value: "my note", base: "their note", theirs: { value: "their note" } });
    expect(keepMine(changed)).toEqual({ value: "my note", base: "their note", theirs: null });
    expect(takeTheirs(changed)).toEqual(startDraft("their note"));
  });

  it("is in step again when the server reaches what was typed (my own save, or the same words)", () => {
    const typed = { ...startDraft("old note"), value: "my note" };
    expect(followServer(typed, "my note")).toEqual(startDraft("my note"));
  });

  it("changes nothing while the server stays where the draft started", () => {
    const typed = { ...startDraft("old note"), value: "my note" };
    expect(followServer(typed, "old note")).toBe(typed);
  });

  it("tells a value set to nothing apart from no news (a decision withdrawn)", () => {
    const chosen = { ...startDraft<string | null>("correct"), value: "leave" };
    expect(followServer(chosen, null)).toEqual({ value: "leave", base: null, theirs: { value: null } });
    expect(takeTheirs(followServer(chosen, null))).toEqual(startDraft(null));
  });

  it("compares with the field's own sameness (a saved reason is trimmed)", () => {
    const typed = { ...startDraft(""), value: "common knowledge " };
    expect(followServer(typed, "common knowledge", (a, b) => a.trim() === b.trim())).toEqual(startDraft("common knowledge"));
  });
});
