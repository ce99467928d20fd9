import { describe, expect, it } from "vitest";
import { distinctWordings, suggestionRows } from "./suggestion-rows";
import { buildSuggestions } from "./suggestions";

const TEXT = [
  "SEOUL — North Korea fired two missiles on Thursday. Leader Kim Jong Un watched the launch.",
  "North Korea's state media praised it. Kim has since overseen more than 100 tests, and North Korea said more would follow.",
].join("\n\n");

describe("the Suggestions tab's rows", () => {
  const { suggestions } = buildSuggestions({ text: TEXT, claims: [], dismissed: new Set() });

  it("fold repeats of one thing, possessives and a person's later single name included, in the order of the text", () => {
    const rows = suggestionRows(suggestions, "document");
    const northKorea = rows.find((row) => row.label === "North Korea")!;
    expect(northKorea.items.map((item) => item.quote)).toEqual(["North Korea", "North Korea's", "North Korea"]);
    const kim = rows.find((row) => row.label === "Kim Jong Un")!;
    expect(kim.items.map((item) => item.quote)).toEqual(["Leader Kim Jong Un", "Kim"]);
    const starts = rows.map((row) => row.items[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Every suggestion is in exactly one row.
    expect(rows.flatMap((row) => row.items).length).toBe(suggestions.filter((item) => item.kind !== "register_flag").length);
    expect(distinctWordings(northKorea).map((item) => item.quote)).toEqual(["North Korea", "North Korea's"]);
  });

  it("group by kind on request, each kind in the order of the text", () => {
    const rows = suggestionRows(suggestions, "kind");
    const kinds = rows.map((row) => row.kind);
    expect(kinds.indexOf("place")).toBeLessThan(kinds.lastIndexOf("place") + 1);
    const places = rows.filter((row) => row.kind === "place").map((row) => row.label);
    expect(places[0]).toBe("SEOUL");
    // Rows of one kind sit together.
    expect(new Set(kinds).size).toBe(kinds.filter((kind, index) => kinds[index - 1] !== kind).length);
  });
});
