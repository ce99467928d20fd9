import { CLAIM_STATUSES, STATUS_DISPLAY, type ClaimStatus } from "../claims/vocabulary";
import { type Block, type Inline, type ReportDocument } from "./report-document";
import { isWebAddress } from "../web-address";
import { STATUS_COLOURS } from "./status-colours";

/** Text and attribute values for HTML: every character that could start markup is an entity. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A report document as one self-contained HTML page that prints cleanly to PDF: a print
 * stylesheet, page breaks before the big sections, claims kept whole on a page where possible,
 * no scripts and no navigation. The page forbids scripts itself (Content-Security-Policy).
 */
export function renderHtml(document: ReportDocument): string {
  const body = document.blocks.map(renderBlock).join("\n");
  const notes =
    document.footnotes.length === 0
      ? ""
      : `<section class="footnotes" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2><ol>${document.footnotes
          .map(
            (note) =>
              `<li id="note-${note.id}" value="${note.id}">${note.blocks.map(renderBlock).join("")}<a class="backref" href="#ref-${note.id}" aria-label="Back to the text">↩</a></li>`,
          )
          .join("\n")}</ol></section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Factdesk">
<title>${escapeHtml(document.title)}</title>
<style>${STYLESHEET}</style>
</head>
<body>
<main>
<header class="report-header"><p class="brand">Factdesk</p><h1>${escapeHtml(document.title)}</h1><p class="subtitle">${escapeHtml(document.subtitle)}</p></header>
${body}
${notes}
</main>
</body>
</html>
`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "heading": {
      const className = block.pageBreakBefore ? ' class="page-break"' : "";
      return `<h${block.level}${className}>${escapeHtml(block.text)}</h${block.level}>`;
    }
    case "paragraph":
      return `<p${block.tone ? ` class="${block.tone}"` : ""}>${renderInlines(block.content)}</p>`;
    case "quote":
      return `<blockquote>${escapeHtml(block.text).replace(/\n/g, "<br>")}</blockquote>`;
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>${block.items.map((item) => `<li>${renderInlines(item)}</li>`).join("")}</${tag}>`;
    }
    case "details":
      return `<dl class="details">${block.rows.map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${renderInlines(row.value)}</dd>`).join("")}</dl>`;
    case "table":
      if (block.rows.length === 0) return "";
      return `<table><thead><tr>${block.columns.map((column) => `<th scope="col"${column.numeric ? ' class="num"' : ""}>${escapeHtml(column.label)}</th>`).join("")}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell, index) => `<td${block.columns[index]?.numeric ? ' class="num"' : ""}>${renderInlines(cell)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table>`;
    case "group":
      return `<section class="claim">${block.blocks.map(renderBlock).join("")}</section>`;
    case "statusChart":
      return statusChart(block.segments);
  }
}

function statusChart(segments: Array<{ status: ClaimStatus; count: number }>): string {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  const description = segments.map((segment) => `${STATUS_DISPLAY[segment.status].label}: ${segment.count}`).join(", ");
  const bars = segments
    .filter((segment) => segment.count > 0)
    .map((segment) => `<span class="bar__segment s-${segment.status}" style="flex-grow:${segment.count}">${STATUS_DISPLAY[segment.status].symbol}</span>`)
    .join("");
  const legend = segments
    .map(
      (segment) =>
        `<li><span class="swatch s-${segment.status}">${STATUS_DISPLAY[segment.status].symbol}</span> ${STATUS_DISPLAY[segment.status].label} <strong>${segment.count}</strong></li>`,
    )
    .join("");
  return `<figure class="chart"><div class="bar" role="img" aria-label="${escapeHtml(`Claims by status: ${description}`)}">${total === 0 ? '<span class="bar__empty">No claims</span>' : bars}</div><ul class="legend">${legend}</ul></figure>`;
}

function renderInlines(content: Inline[]): string {
  return content
    .map((inline) => {
      switch (inline.kind) {
        case "text": {
          const escaped = escapeHtml(inline.text).replace(/\n/g, "<br>");
          if (inline.strong) return `<strong>${escaped}</strong>`;
          if (inline.emphasis) return `<em>${escaped}</em>`;
          return escaped;
        }
        case "link":
          return isWebAddress(inline.href) ? `<a href="${escapeHtml(inline.href)}" rel="noopener noreferrer nofollow">${escapeHtml(inline.text)}</a>` : escapeHtml(inline.text);
        case "claim":
          return `<mark class="s-${inline.status}" title="${escapeHtml(STATUS_DISPLAY[inline.status].label)}">${escapeHtml(inline.text)}</mark>`;
        case "footnote":
          return `<sup class="ref" id="ref-${inline.id}"><a href="#note-${inline.id}">${inline.id}</a></sup>`;
        case "break":
          return "<br>";
      }
    })
    .join("");
}

const STYLESHEET = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1d232b; font: 15px/1.55 Georgia, "Times New Roman", serif; }
main { max-width: 48rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1, h2, h3, dt, th, .brand, .legend, .subtitle { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
.brand { margin: 0; font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: #535b65; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .2rem 0 .3rem; }
.subtitle { margin: 0 0 1.5rem; color: #535b65; font-size: .85rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #1d232b; }
h3 { font-size: 1rem; margin: 0 0 .4rem; }
blockquote { margin: .4rem 0 .6rem; padding: .3rem .9rem; border-left: 3px solid #9aa3ad; background: #f7f8fa; white-space: normal; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .4rem 0 .6rem; font-size: .92rem; }
.details dt { font-weight: 600; color: #3c444e; font-size: .85rem; }
.details dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .5rem 1.5rem .8rem 0; font-size: .9rem; display: inline-table; vertical-align: top; }
th, td { border: 1px solid #cfd4da; padding: .25rem .6rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef0f3; font-size: .82rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.claim { margin: 1rem 0; padding: .8rem 1rem; border: 1px solid #dde1e6; border-radius: 6px; break-inside: avoid; page-break-inside: avoid; }
a { color: #005b8f; overflow-wrap: anywhere; }
.chart { margin: .6rem 0; }
.bar { display: flex; height: 1.6rem; border-radius: 4px; overflow: hidden; border: 1px solid #9aa3ad; font: 700 .8rem/1.6rem system-ui, sans-serif; }
.bar__segment { text-align: center; min-width: 1.2rem; overflow: hidden; }
.bar__empty { padding: 0 .6rem; color: #535b65; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; margin: .4rem 0 0; font-size: .85rem; }
.swatch { display: inline-block; width: 1.3rem; text-align: center; border-radius: 3px; font-weight: 700; }
mark { padding: 0 .08em; border-bottom: 2px solid currentColor; color: inherit; }
${CLAIM_STATUSES.map((status) => `.s-${status} { color: #${STATUS_COLOURS[status][0]}; background: #${STATUS_COLOURS[status][1]}; } mark.s-${status} { border-bottom-color: #${STATUS_COLOURS[status][0]}; color: #1d232b; }`).join("\n")}
sup.ref { font: 700 .7rem system-ui, sans-serif; }
sup.ref a { text-decoration: none; padding: 0 .1em; }
.footnotes { margin-top: 2rem; border-top: 1px solid #9aa3ad; font-size: .9rem; }
.footnotes li { margin-bottom: .8rem; }
.footnotes li > p:first-child { margin-top: 0; }
.backref { text-decoration: none; margin-left: .3rem; }
.muted { color: #535b65; }
.warning { color: #a3281c; font-weight: 600; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .page-break { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .claim { border-color: #bbb; }
  a { color: inherit; text-decoration: none; }
  .backref { display: none; }
  .bar, .swatch, mark, .s-unchecked, .s-in_progress, .s-verified, .s-incorrect, .s-disputed, .s-unverifiable { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
