import { describe, expect, it } from "vitest";
import { articleSchema } from "../editor/schema";
import { parseContent } from "./parse-content";
import { replaceableProblem, replaceText } from "./replace-text";
import { buildTextModel } from "./text-model";

const textOf = (doc: Parameters<typeof buildTextModel>[0]) => buildTextModel(doc).text;

describe("replacing a claim's words in the document", () => {
  it("changes exactly those words, in any paragraph, and keeps the rest", () => {
    const doc = parseContent("markdown", "# Cabinet\n\nSecretary of State Mark Rubio arrived.\n\n- He met **Mark** on Monday.");
    const text = textOf(doc);
    const start = text.indexOf("Mark Rubio");
    const replaced = replaceText(doc, start, start + "Mark".length, "Marco");
    expect(textOf(replaced)).toBe(text.replace("Mark Rubio", "Marco Rubio"));
    // Headings and lists stay what they were.
    expect(replaced.child(0).type.name).toBe("heading");
    expect(replaced.child(2).type.name).toBe("bulletList");
  });

  it("gives the new words the formatting of the words they replace", () => {
    const doc = parseContent("markdown", "He met **Mark Rubio** and [the minister](https://gov.example) on Monday.");
    const text = textOf(doc);
    const bold = text.indexOf("Mark");
    const afterBold = replaceText(doc, bold, bold + 4, "Marco");
    expect(JSON.stringify(afterBold.toJSON())).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"Marco Rubio"}');
    const link = textOf(afterBold).indexOf("the minister");
    const afterLink = replaceText(afterBold, link, link + "the minister".length, "the foreign minister");
    const linked = afterLink.firstChild!.content.content.find((node) => node.text === "the foreign minister");
    expect(linked?.marks.map((mark) => mark.type.name)).toEqual(["link"]);
    expect(textOf(afterLink)).toBe("He met Marco Rubio and the foreign minister on Monday.");
  });

  it("refuses words across paragraphs or line breaks, and ranges outside the text", () => {
    const doc = articleSchema.node("doc", null, [
      articleSchema.node("paragraph", null, [articleSchema.text("First line"), articleSchema.node("hardBreak"), articleSchema.text("second line")]),
      articleSchema.node("paragraph", null, [articleSchema.text("Next paragraph")]),
    ]);
    const text = textOf(doc);
    expect(replaceableProblem(text, 0, text.indexOf("second") + 3)).toMatch(/line or paragraph break/);
    expect(replaceableProblem(text, text.indexOf("line", 12), text.indexOf("Next") + 4)).toMatch(/line or paragraph break/);
    expect(replaceableProblem(text, 5, 500)).toMatch(/not a span/);
    expect(replaceableProblem(text, 0, 5)).toBeNull();
    expect(() => replaceText(doc, 0, text.length, "x")).toThrow(/cannot be replaced/);
  });
});
