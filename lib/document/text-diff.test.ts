import { describe, expect, it } from "vitest";
import { diffWords, type DiffPart } from "./text-diff";

const rebuild = (parts: DiffPart[], side: "before" | "after") =>
  parts
    .filter((part) => part.kind === "same" || part.kind === (side === "before" ? "removed" : "added"))
    .map((part) => part.text)
    .join("");

describe("diffWords", () => {
  it("marks a changed word as removed and added, with the rest unchanged", () => {
    expect(diffWords("Some 41,000 vehicles crossed.", "Some 37,500 vehicles crossed.")).toEqual([
      { kind: "same", text: "Some " },
      { kind: "removed", text: "41" },
      { kind: "added", text: "37" },
      { kind: "same", text: "," },
      { kind: "removed", text: "000" },
      { kind: "added", text: "500" },
      { kind: "same", text: " vehicles crossed." },
    ]);
  });

  it("shows an inserted paragraph and a deleted sentence", () => {
    const before = "First.\n\nSecond sentence here. Third.";
    const after = "New intro.\n\nFirst.\n\nThird.";
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((part) => part.kind === "added")
        .map((part) => part.text)
        .join("|"),
    ).toContain("New intro");
    expect(
      parts
        .filter((part) => part.kind === "removed")
        .map((part) => part.text)
        .join(""),
    ).toContain("Second sentence here");
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
  });

  it("rebuilds both texts exactly for arbitrary edits", () => {
    const before = "The mayor, Elena Vasquez, said the bridge would reopen in May; the council disagreed.";
    const after = "Mayor Elena Vásquez said the bridge would reopen in June, and the council agreed!";
    const parts = diffWords(before, after);
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
    expect(diffWords("same", "same")).toEqual([{ kind: "same", text: "same" }]);
    expect(diffWords("", "new")).toEqual([{ kind: "added", text: "new" }]);
  });
});
