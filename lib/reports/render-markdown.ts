import { STATUS_DISPLAY } from "../claims/vocabulary";
import { escapeMarkdown, markdownUrl } from "./markdown-escape";
import { type Block, type Inline, type ReportDocument } from "./report-document";
import { isWebAddress } from "../web-address";

/** A report document as CommonMark (with GFM tables and footnotes). All user text is escaped. */
export function renderMarkdown(document: ReportDocument): string {
  const out: string[] = [`# ${escapeMarkdown(oneLine(document.title))}`, "", `_${escapeMarkdown(oneLine(document.subtitle))}_`, ""];
  for (const block of document.blocks) out.push(...renderBlock(block), "");
  if (document.footnotes.length > 0) {
    out.push("---", "");
    for (const note of document.footnotes) {
      const lines = note.blocks.flatMap((block) => [...renderBlock(block), ""]);
      while (lines.at(-1) === "") lines.pop();
      out.push(`[^${note.id}]: ${lines[0] ?? ""}`, ...lines.slice(1).map((line) => (line ? `    ${line}` : "")), "");
    }
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case "heading":
      return [`${"#".repeat(block.level)} ${escapeMarkdown(oneLine(block.text))}`];
    case "paragraph":
      return [renderInlines(block.content)];
    case "quote":
      return escapeMarkdown(block.text.trim())
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"));
    case "list":
      return block.items.flatMap((item, index) => {
        const marker = block.ordered ? `${index + 1}. ` : "- ";
        const [first = "", ...rest] = renderInlines(item).split("\n");
        return [`${marker}${first}`, ...rest.map((line) => `${" ".repeat(marker.length)}${line}`)];
      });
    case "details":
      return block.rows.map((row) => `- **${escapeMarkdown(row.label)}:** ${tableCell(row.value)}`);
    case "table":
      if (block.rows.length === 0) return [];
      return [
        `| ${block.columns.map((column) => escapeMarkdown(column.label)).join(" | ")} |`,
        `| ${block.columns.map((column) => (column.numeric ? "---:" : "---")).join(" | ")} |`,
        ...block.rows.map((row) => `| ${row.map(tableCell).join(" | ")} |`),
      ];
    case "group":
      return block.blocks.flatMap((child) => [...renderBlock(child), ""]).slice(0, -1);
    case "statusChart":
      return [statusBar(block.segments)];
  }
}

/** A text bar of 40 cells, each status drawn with its symbol, so it reads without colour. */
function statusBar(segments: Array<{ status: keyof typeof STATUS_DISPLAY; count: number }>): string {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  if (total === 0) return "`(no claims)`";
  const bar = segments.map((segment) => STATUS_DISPLAY[segment.status].symbol.repeat(Math.round((segment.count / total) * 40))).join("");
  const legend = segments
    .filter((segment) => segment.count > 0)
    .map((segment) => `${STATUS_DISPLAY[segment.status].symbol} ${STATUS_DISPLAY[segment.status].label} ${segment.count}`)
    .join(" · ");
  return `\`${bar}\`  \n${escapeMarkdown(legend)}`;
}

function renderInlines(content: Inline[]): string {
  return content
    .map((inline) => {
      switch (inline.kind) {
        case "text": {
          if (!inline.text) return "";
          return emphasise(inline.text, inline.strong ? "**" : inline.emphasis ? "_" : "");
        }
        case "link":
          return isWebAddress(inline.href) ? `[${escapeInline(inline.text)}](<${markdownUrl(inline.href)}>)` : escapeInline(inline.text);
        case "claim":
          return emphasise(inline.text, "**");
        case "footnote":
          return `[^${inline.id}]`;
        case "break":
          return "  \n";
      }
    })
    .join("");
}

/** Escaped text in emphasis delimiters, which must touch the text: surrounding spaces go outside. */
function emphasise(value: string, delimiter: "" | "**" | "_"): string {
  if (!delimiter || !value.trim()) return escapeInline(value);
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value)!;
  return `${before}${delimiter}${escapeInline(core!)}${delimiter}${after}`;
}

/** Inline text: escaped, and kept on its line (a line break would end the paragraph or list item). */
function escapeInline(value: string): string {
  return escapeMarkdown(value).replace(/\n/g, "  \n");
}

function tableCell(content: Inline[]): string {
  return renderInlines(content).replace(/ {2}\n|\n/g, " ");
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
