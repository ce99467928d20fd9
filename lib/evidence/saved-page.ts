// A saved web page as the desk views it: the original bytes are kept as evidence, and viewing
// shows a sanitised copy — its text, headings, lists, tables and links, images only when they
// are inside the file (data: addresses). Scripts, frames, forms, styles and anything that would
// fetch from the page's site (and tell it who is looking) are removed.
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "@/lib/reports/render-html";

/** Saved pages larger than this are downloaded rather than viewed (sanitising holds the page whole). */
export const VIEWABLE_PAGE_BYTES = 10 * (1 << 20);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "strong", "b", "em", "i", "u", "s", "small", "sub", "sup", "mark"],
    ...[
      "a",
      "br",
      "blockquote",
      "q",
      "cite",
      "code",
      "pre",
      "hr",
      "figure",
      "figcaption",
      "img",
      "time",
      "abbr",
      "span",
      "div",
      "section",
      "article",
      "header",
      "footer",
      "main",
      "aside",
      "nav",
    ],
    ...["table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption"],
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "title", "width", "height"],
    time: ["datetime"],
    abbr: ["title"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["data"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "svg", "math", "head", "title"],
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }) },
};

/** The page's title, from its <title>, or "". */
function titleOf(html: string): string {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html.slice(0, 200_000));
  return match ? sanitizeHtml(match[1]!, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim() : "";
}

/** A complete, self-contained HTML document showing the saved page safely, under a banner naming the evidence. */
export function savedPageView(html: string, file: { fileName: string; sha256: string }): string {
  const title = titleOf(html);
  const body = sanitizeHtml(html, SANITIZE);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title || file.fileName)} — saved copy</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem}.evidence-banner{background:#fef3c7;border:1px solid #d97706;border-radius:6px;padding:.5rem .75rem;margin-bottom:1rem;font-size:.9rem}img{max-width:100%;height:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem}</style>
</head><body>
<p class="evidence-banner">A saved copy of a web page, kept as evidence: <strong>${escapeHtml(file.fileName)}</strong>, SHA-256 <code>${escapeHtml(file.sha256)}</code>. Shown without its scripts, styles or outside resources; download the file for the original.</p>
${body}
</body></html>`;
}
