import { describe, expect, it } from "vitest";
import { parseContent } from "./parse-content";
import { buildTextModel, offsetToPos, posToOffset } from "./text-model";

const markdown = `# The budget vote

Finance Minister **Ana Ruiz** said the plan costs $4.2 billion.

- First point
- Second point with [a link](https://example.org)

Line one  
line two`;

describe("buildTextModel", () => {
  it("joins text blocks with a blank line and keeps hard breaks as newlines", () => {
    const { text } = buildTextModel(parseContent("markdown", markdown));
    expect(text).toBe("The budget vote\n\nFinance Minister Ana Ruiz said the plan costs $4.2 billion.\n\nFirst point\n\nSecond point with a link\n\nLine one\nline two");
  });

  it("maps every offset of every block to the position holding the same character", () => {
    const doc = parseContent("markdown", markdown);
    const model = buildTextModel(doc);
    for (const block of model.blocks) {
      for (let offset = block.textStart; offset < block.textEnd; offset++) {
        const pos = offsetToPos(model, offset, "start");
        const character = doc.textBetween(pos, pos + 1, "", "\n");
        expect(character).toBe(model.text[offset]);
        expect(posToOffset(model, pos, "start")).toBe(offset);
      }
    }
  });

  it("snaps offsets inside a block separator to the neighbouring block", () => {
    const doc = parseContent("text", "Alpha\n\nBeta");
    const model = buildTextModel(doc);
    expect(model.text).toBe("Alpha\n\nBeta");
    const separator = 6; // between "Alpha" and "Beta"
    expect(offsetToPos(model, separator, "start")).toBe(model.blocks[1]!.contentPos);
    expect(offsetToPos(model, separator, "end")).toBe(model.blocks[0]!.contentPos + 5);
    const between = model.blocks[0]!.contentPos + 6; // the position after the first paragraph closes
    expect(posToOffset(model, between, "start")).toBe(7);
    expect(posToOffset(model, between, "end")).toBe(5);
  });
});

describe("parseContent", () => {
  it("splits plain text on blank lines and keeps single line breaks inside a paragraph", () => {
    const { text } = buildTextModel(parseContent("text", "One\nstill one\n\n\nTwo\r\n\r\nThree"));
    expect(text).toBe("One\nstill one\n\nTwo\n\nThree");
  });

  it("treats each line as a paragraph when the text has no blank line", () => {
    const { text, blocks } = buildTextModel(parseContent("text", "First.\nSecond.\nThird."));
    expect(text).toBe("First.\n\nSecond.\n\nThird.");
    expect(blocks).toHaveLength(3);
    // A line holding only spaces is a blank line, so this text has two paragraphs.
    expect(buildTextModel(parseContent("text", "First.\nSecond.\n  \nThird.")).text).toBe("First.\nSecond.\n\nThird.");
  });

  it("keeps raw HTML in Markdown as visible text, never as markup", () => {
    const doc = parseContent("markdown", 'Hello <script>alert(1)</script> <b onclick="x">bold</b>');
    expect(buildTextModel(doc).text).toBe('Hello <script>alert(1)</script> <b onclick="x">bold</b>');
    expect(JSON.stringify(doc.toJSON())).not.toContain('"type":"html');
  });

  it("drops links whose target is not http, https or mailto", () => {
    const doc = parseContent("markdown", "[safe](https://example.org), [ftp](ftp://example.org/x) and [bad](javascript:alert(1))");
    const hrefs: string[] = [];
    doc.descendants((node) => {
      node.marks.forEach((mark) => mark.type.name === "link" && hrefs.push(String(mark.attrs.href)));
    });
    expect(hrefs).toEqual(["https://example.org"]);
    // markdown-it itself refuses javascript: links, which then stay visible as text.
    expect(buildTextModel(doc).text).toBe("safe, ftp and [bad](javascript:alert(1))");
  });

  it("refuses an empty body", () => {
    expect(() => parseContent("text", " \n\n \t")).toThrow(/empty/);
    expect(() => parseContent("markdown", "---")).toThrow(/empty/);
  });
});

describe("parseDocument", () => {
  it("accepts an editor document and refuses unknown nodes, bad nesting and empty bodies", async () => {
    const { parseDocument } = await import("./parse-content");
    const doc = parseContent("markdown", "Hello **world**").toJSON();
    expect(buildTextModel(parseDocument(doc)).text).toBe("Hello world");
    expect(() => parseDocument({ type: "doc", content: [{ type: "iframe" }] })).toThrow(/not a valid article document/);
    expect(() => parseDocument({ type: "doc", content: [{ type: "text", text: "loose" }] })).toThrow(/not a valid article document/);
    expect(() => parseDocument({ type: "paragraph", content: [{ type: "text", text: "x" }] })).toThrow(/top node must be a doc/);
    expect(() => parseDocument({ type: "doc", content: [{ type: "paragraph" }] })).toThrow(/empty/);
  });
});
