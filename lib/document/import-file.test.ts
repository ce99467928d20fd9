import { describe, expect, it } from "vitest";
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { AppError } from "../errors/app-error";
import { htmlToDocument, importFile } from "./import-file";
import { buildTextModel } from "./text-model";

const encode = (text: string) => new TextEncoder().encode(text);

function marksAndNodes(json: unknown): string {
  return JSON.stringify(json);
}

describe("importing files", () => {
  it("keeps headings, paragraphs, lists, emphasis and links from HTML, and nothing active", () => {
    const doc = htmlToDocument(`
      <h1 onclick="steal()">Budget vote</h1>
      <script>alert("x")</script><style>p { color: red }</style>
      <p style="color:red">The <strong>mayor</strong> said <em>no</em>. <a href="https://gov.example/x" onmouseover="x()">Source</a>
      <a href="javascript:alert(1)">bad</a></p>
      <iframe src="https://evil.example"></iframe>
      <ul><li>First</li><li>Second</li></ul>`);
    const json = marksAndNodes(doc.toJSON());
    expect(buildTextModel(doc).text).toBe("Budget vote\n\nThe mayor said no. Source bad\n\nFirst\n\nSecond");
    expect(json).toContain('"type":"heading"');
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('"type":"italic"');
    expect(json).toContain('"type":"bulletList"');
    expect(json).toContain('"href":"https://gov.example/x"');
    for (const forbidden of ["javascript:", "alert", "steal", "onmouseover", "iframe", "color"]) expect(json).not.toContain(forbidden);
  });

  it("reads a Word document's text and formatting", async () => {
    const word = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Harbour bridge", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun("Mayor "), new TextRun({ text: "Elena Vasquez", bold: true }), new TextRun({ text: " agreed", italics: true })] }),
            new Paragraph({ children: [new ExternalHyperlink({ link: "https://council.example/minutes", children: [new TextRun("minutes")] })] }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(word));
    const { title, doc } = await importFile({ fileName: "Bridge story.docx", bytes });
    expect(title).toBe("Bridge story");
    expect(buildTextModel(doc).text).toBe("Harbour bridge\n\nMayor Elena Vasquez agreed\n\nminutes");
    const json = marksAndNodes(doc.toJSON());
    expect(json).toContain('"type":"heading"');
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('"href":"https://council.example/minutes"');
  });

  it("imports Markdown and text, and refuses other types, oversize files and broken Word files", async () => {
    expect(buildTextModel((await importFile({ fileName: "a.md", bytes: encode("# T\n\nHi **there**") })).doc).text).toBe("T\n\nHi there");
    expect(buildTextModel((await importFile({ fileName: "a.txt", bytes: encode("One\n\nTwo") })).doc).text).toBe("One\n\nTwo");
    await expect(importFile({ fileName: "scan.pdf", bytes: encode("%PDF") })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "UNSUPPORTED_MEDIA_TYPE",
    );
    await expect(importFile({ fileName: "big.txt", bytes: new Uint8Array(6 * 1024 * 1024) })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE",
    );
    await expect(importFile({ fileName: "fake.docx", bytes: encode("not a zip") })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && /not a Word document/.test(error.message),
    );
  });
});
