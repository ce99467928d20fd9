import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import { STATUS_DISPLAY, type ClaimStatus } from "../claims/vocabulary";
import { plainText, type Block, type Inline, type ReportDocument } from "./report-document";
import { isWebAddress } from "../web-address";
import { STATUS_COLOURS } from "./status-colours";

type Body = Paragraph | Table;

/**
 * A report document as a Word file: real headings, tables and footnotes. User text only ever
 * becomes the text of runs (escaped as XML by the library), so it cannot become a field code,
 * a hyperlink to a non-web address or markup.
 */
export async function renderDocx(document: ReportDocument): Promise<Buffer> {
  const footnotes = Object.fromEntries(document.footnotes.map((note) => [String(note.id), { children: note.blocks.flatMap((block) => renderBlock(block, true)) as Paragraph[] }]));
  const file = new Document({
    creator: "Factdesk",
    title: document.title,
    description: document.subtitle,
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    footnotes,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(document.title) }),
          new Paragraph({ children: runs(document.subtitle, { color: "535B65", size: 18 }), spacing: { after: 240 } }),
          ...document.blocks.flatMap((block) => renderBlock(block, false)),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/** Footnotes hold paragraphs only, so inside one a table is written as lines of text. */
function renderBlock(block: Block, inNote: boolean): Body[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], pageBreakBefore: block.pageBreakBefore, keepNext: true, children: runs(block.text) })];
    case "paragraph":
      return [new Paragraph({ children: inlines(block.content) })];
    case "quote":
      return [
        new Paragraph({
          indent: { left: 360 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: "9AA3AD", space: 8 } },
          children: runs(block.text, { italics: true }),
        }),
      ];
    case "list":
      return block.items.map(
        (item, index) => new Paragraph({ indent: { left: 360, hanging: 360 }, children: [new TextRun(block.ordered ? `${index + 1}.\t` : "•\t"), ...inlines(item)] }),
      );
    case "details":
      // Label–value lines rather than a table per claim: a thousand small tables make Word
      // files slow to write and to open.
      return block.rows.map((row) => new Paragraph({ spacing: { after: 20 }, children: [new TextRun({ text: `${row.label}: `, bold: true }), ...inlines(row.value)] }));
    case "table":
      if (block.rows.length === 0) return [];
      if (inNote) return block.rows.map((row) => new Paragraph({ children: runs(row.map(plainText).join(" · ")) }));
      return [
        table(
          [block.columns.map((column) => [new TextRun({ text: column.label, bold: true })]), ...block.rows.map((row) => row.map(inlines))],
          block.columns.map(() => 100 / block.columns.length),
          true,
        ),
        spacer(),
      ];
    case "group":
      return block.blocks.flatMap((child) => renderBlock(child, inNote));
    case "statusChart":
      return statusChart(block.segments, inNote);
  }
}

function statusChart(segments: Array<{ status: ClaimStatus; count: number }>, inNote: boolean): Body[] {
  const shown = segments.filter((segment) => segment.count > 0);
  const legend = new Paragraph({
    children: segments.flatMap((segment, index) => [
      new TextRun({ text: `${index ? "   " : ""}${STATUS_DISPLAY[segment.status].symbol} `, bold: true, color: STATUS_COLOURS[segment.status][0] }),
      new TextRun(`${STATUS_DISPLAY[segment.status].label} ${segment.count}`),
    ]),
  });
  if (inNote || shown.length === 0) return [legend];
  const total = shown.reduce((sum, segment) => sum + segment.count, 0);
  const bar = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: shown.map(
          (segment) =>
            new TableCell({
              width: { size: (segment.count / total) * 100, type: WidthType.PERCENTAGE },
              shading: { fill: STATUS_COLOURS[segment.status][1] },
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ text: STATUS_DISPLAY[segment.status].symbol, bold: true, color: STATUS_COLOURS[segment.status][0] })],
                }),
              ],
            }),
        ),
      }),
    ],
  });
  return [bar, legend];
}

function table(rows: ParagraphChild[][][], widths: number[], header: boolean): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, rowIndex) =>
        new TableRow({
          tableHeader: header && rowIndex === 0,
          children: cells.map(
            (children, index) =>
              new TableCell({
                width: { size: widths[index] ?? 0, type: WidthType.PERCENTAGE },
                shading: header && rowIndex === 0 ? { fill: "EEF0F3" } : undefined,
                children: [new Paragraph({ children })],
              }),
          ),
        }),
    ),
  });
}

function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}

function inlines(content: Inline[]): ParagraphChild[] {
  return content.flatMap((inline): ParagraphChild[] => {
    switch (inline.kind) {
      case "text":
        return runs(inline.text, { bold: inline.strong, italics: inline.emphasis });
      case "link":
        return isWebAddress(inline.href) ? [new ExternalHyperlink({ link: inline.href, children: runs(inline.text, { style: "Hyperlink" }) })] : runs(inline.text);
      case "claim":
        return runs(inline.text, { shading: { fill: STATUS_COLOURS[inline.status][1] }, underline: { color: STATUS_COLOURS[inline.status][0] } });
      case "footnote":
        return [new FootnoteReferenceRun(inline.id)];
      case "break":
        return [new TextRun({ break: 1 })];
    }
  });
}

type RunStyle = ConstructorParameters<typeof TextRun>[0] & object;

/** Text as runs, with line breaks where the text has newlines. */
function runs(value: string, style: Omit<Exclude<RunStyle, string>, "text" | "break"> = {}): TextRun[] {
  return value.split("\n").map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }));
}
