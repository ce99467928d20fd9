import MarkdownIt from "markdown-it";
import { MarkdownParser } from "prosemirror-markdown";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { articleSchema } from "../editor/schema";
import { AppError } from "../errors/app-error";
import { jsonProblem } from "../validation/storable";

export const CONTENT_FORMATS = ["text", "markdown"] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

const SAFE_LINK = /^(https?:|mailto:)/i;

// CommonMark without raw HTML (it stays visible as text) and without images (an article is
// checked as text; an image reference keeps its alt text).
const markdownIt = MarkdownIt("commonmark", { html: false }).disable(["image"]);

const markdownParser = new MarkdownParser(articleSchema, markdownIt, {
  blockquote: { block: "blockquote" },
  paragraph: { block: "paragraph" },
  list_item: { block: "listItem" },
  bullet_list: { block: "bulletList" },
  ordered_list: { block: "orderedList", getAttrs: (token) => ({ start: Number(token.attrGet("start") ?? 1) }) },
  heading: { block: "heading", getAttrs: (token) => ({ level: Math.min(3, Number(token.tag.slice(1))) }) },
  code_block: { block: "codeBlock", noCloseToken: true },
  fence: { block: "codeBlock", getAttrs: (token) => ({ language: token.info || null }), noCloseToken: true },
  hr: { node: "horizontalRule" },
  hardbreak: { node: "hardBreak" },
  em: { mark: "italic" },
  strong: { mark: "bold" },
  link: {
    mark: "link",
    getAttrs: (token) => {
      const href = token.attrGet("href") ?? "";
      return { href: SAFE_LINK.test(href) ? href : null, title: token.attrGet("title") || null };
    },
  },
  code_inline: { mark: "code", noCloseToken: true },
});

/** Turns pasted plain text or Markdown into an article document. */
export function parseContent(format: ContentFormat, content: string): ProseMirrorNode {
  const normalized = content.replace(/\r\n?/g, "\n");
  if (normalized.trim().length === 0) throw emptyBody();
  const doc = format === "markdown" ? markdownParser.parse(normalized) : parsePlainText(normalized);
  const cleaned = dropUnsafeLinks(doc);
  if (cleaned.textContent.trim().length === 0) {
    throw emptyBody();
  }
  return cleaned;
}

function emptyBody(): AppError {
  return new AppError("INVALID_INPUT", "The article body is empty: paste the text to check.");
}

/** Deeper than any real article (a list in a list in a quote is about ten levels). */
export const MAX_DOCUMENT_DEPTH = 32;

export function tooDeep(): AppError {
  return new AppError("INVALID_INPUT", `The article is nested more than ${MAX_DOCUMENT_DEPTH} levels deep (lists or quotes inside each other). Flatten it and try again.`);
}

/** Checks an editor document from the browser against the article schema, dropping unsafe links. */
export function parseDocument(json: unknown): ProseMirrorNode {
  if (jsonProblem(json, MAX_DOCUMENT_DEPTH)) throw tooDeep();
  let doc: ProseMirrorNode;
  try {
    doc = articleSchema.nodeFromJSON(json);
    doc.check();
  } catch (error) {
    const reason = error instanceof Error ? error.message : "it does not match the article schema";
    throw new AppError("INVALID_INPUT", `content is not a valid article document: ${reason}.`);
  }
  if (doc.type.name !== "doc") throw new AppError("INVALID_INPUT", "content is not a valid article document: the top node must be a doc.");
  const cleaned = dropUnsafeLinks(doc);
  if (cleaned.textContent.trim().length === 0) throw emptyBody();
  return cleaned;
}

/**
 * Plain text: blank lines separate paragraphs and a single line break inside a paragraph is
 * kept as a line break. Text with no blank line at all is one paragraph per line, as text
 * copied from a web page or a CMS usually is.
 */
function parsePlainText(content: string): ProseMirrorNode {
  const hasBlankLines = /\n[ \t]*\n/.test(content.trim());
  const paragraphs = (hasBlankLines ? content.split(/\n[ \t]*\n/) : content.split("\n")).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.length > 0);
  return articleSchema.node(
    "doc",
    null,
    paragraphs.map((paragraph) => {
      const lines = paragraph.split("\n").map((line) => line.trim());
      const inline: ProseMirrorNode[] = [];
      lines.forEach((line, index) => {
        if (index > 0) inline.push(articleSchema.node("hardBreak"));
        if (line) inline.push(articleSchema.text(line));
      });
      return articleSchema.node("paragraph", null, inline);
    }),
  );
}

function dropUnsafeLinks(doc: ProseMirrorNode): ProseMirrorNode {
  const json = doc.toJSON() as JsonNode;
  // Markdown quotes and lists nest as deep as the writer likes; the database stores documents as JSON of limited depth.
  if (jsonProblem(json, MAX_DOCUMENT_DEPTH)) throw tooDeep();
  stripBadLinkMarks(json);
  return articleSchema.nodeFromJSON(json);
}

type JsonNode = { marks?: { type: string; attrs?: { href?: string | null } }[]; content?: JsonNode[] };

function stripBadLinkMarks(node: JsonNode) {
  if (node.marks) {
    node.marks = node.marks.filter((mark) => mark.type !== "link" || (mark.attrs?.href && SAFE_LINK.test(mark.attrs.href)));
    if (node.marks.length === 0) delete node.marks;
  }
  node.content?.forEach(stripBadLinkMarks);
}
