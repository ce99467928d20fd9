import { describe, expect, it } from "vitest";
import { articleFixture, claimFixture } from "../testing/report-fixtures";
import { ALL_CLAIMS, buildReport } from "./build-report";
import { composeAnnotatedDraft } from "./compose-annotated";
import type { Block, Inline } from "./report-document";

const text = "Secretary of State Jane Doe met 40 mayors.\nThen she left.\n\nIn May the council met.";

function draft(claims: Parameters<typeof buildReport>[0]["claims"]) {
  const report = buildReport({
    type: "annotated",
    article: articleFixture({ text }),
    revision: 1,
    claims,
    comments: new Map(),
    filters: ALL_CLAIMS,
    generatedBy: { id: "u1", name: "C" },
    generatedAt: new Date("2026-11-03T08:00:00Z"),
  });
  return composeAnnotatedDraft(report);
}

function textParagraphs(blocks: Block[]): Inline[][] {
  const start = blocks.findIndex((block) => block.kind === "heading" && block.text === "Text");
  return blocks.slice(start + 1).flatMap((block) => (block.kind === "paragraph" ? [block.content] : []));
}

describe("annotated draft", () => {
  it("marks each claim and puts its footnote after its last character", () => {
    const document = draft([
      claimFixture({ id: "title", quote: "Secretary of State Jane Doe", start: 0, end: 27, kind: "title", status: "verified" }),
      claimFixture({ id: "name", quote: "Jane Doe", start: 19, end: 27, kind: "name", status: "incorrect" }),
      claimFixture({ id: "may", quote: "May", start: 62, end: 65, kind: "date" }),
    ]);
    const [first, second] = textParagraphs(document.blocks);
    expect(first!.slice(0, 4)).toEqual([
      { kind: "claim", text: "Secretary of State ", status: "verified" },
      { kind: "claim", text: "Jane Doe", status: "incorrect" },
      { kind: "footnote", id: 1 },
      { kind: "footnote", id: 2 },
    ]);
    expect(first!.slice(4)).toEqual([{ kind: "text", text: " met 40 mayors." }, { kind: "break" }, { kind: "text", text: "Then she left." }]);
    expect(second).toEqual([
      { kind: "text", text: "In " },
      { kind: "claim", text: "May", status: "unchecked" },
      { kind: "footnote", id: 3 },
      { kind: "text", text: " the council met." },
    ]);
    expect(document.footnotes.map((note) => note.id)).toEqual([1, 2, 3]);
  });

  it("footnotes a claim that spans paragraphs once, at its end", () => {
    const document = draft([claimFixture({ id: "span", quote: "left.\n\nIn", start: 52, end: 61 })]);
    const paragraphs = textParagraphs(document.blocks);
    expect(paragraphs[0]!.at(-1)).toEqual({ kind: "claim", text: "left.", status: "unchecked" });
    expect(paragraphs[1]!.slice(0, 2)).toEqual([
      { kind: "claim", text: "In", status: "unchecked" },
      { kind: "footnote", id: 1 },
    ]);
    expect(paragraphs.flat().filter((inline) => inline.kind === "footnote")).toHaveLength(1);
  });

  it("lists orphaned claims after the text, without a footnote", () => {
    const document = draft([claimFixture({ id: "gone", quote: "removed words", start: null, end: null, anchorState: "orphaned" })]);
    expect(document.footnotes).toEqual([]);
    expect(document.blocks.some((block) => block.kind === "heading" && block.text === "Claims no longer in the text")).toBe(true);
  });
});
