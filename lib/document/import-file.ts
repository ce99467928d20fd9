import "server-only";
import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { DOMParser as ProseMirrorDOMParser, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import sanitizeHtml from "sanitize-html";
import { articleSchema } from "../editor/schema";
import { AppError } from "../errors/app-error";
import { IMPORT_LIMIT_BYTES, IMPORT_LIMIT_TEXT, IMPORTABLE_KINDS, importableExtension } from "./importable-files";
import { MAX_DOCUMENT_DEPTH, parseContent, parseDocument, tooDeep } from "./parse-content";
import { storableText } from "../validation/storable";

/** What survives an imported HTML or Word file: structure and basic emphasis, nothing active. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "b", "em", "i", "a", "br", "blockquote", "code", "pre", "hr"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Script and style contents are dropped with their tags, never kept as text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template"],
};

export type ImportedArticle = { title: string; doc: ProseMirrorNode };

/** Turns an uploaded .docx, .md, .txt or .html file into an article document. */
export async function importFile({ fileName, bytes }: { fileName: string; bytes: Uint8Array }): Promise<ImportedArticle> {
  if (bytes.byteLength > IMPORT_LIMIT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${fileName} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; files up to ${IMPORT_LIMIT_TEXT} can be imported.`);
  }
  const extension = importableExtension(fileName);
  const title = fileName.replace(/\.[^.]+$/, "").trim() || "Imported article";
  // Files may hold what the database cannot store (NUL bytes, broken characters): cleaned, not refused.
  const text = () => storableText(new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, ""));
  switch (extension) {
    case "txt":
      return { title, doc: parseContent("text", text()) };
    case "md":
    case "markdown":
      return { title, doc: parseContent("markdown", text()) };
    case "html":
    case "htm":
      return { title, doc: htmlToDocument(text()) };
    case "docx":
      return { title, doc: htmlToDocument(storableText(await wordToHtml(bytes, fileName))) };
    case null:
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", `${fileName} cannot be imported: only ${IMPORTABLE_KINDS} files are supported.`);
  }
}

async function wordToHtml(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return value;
  } catch {
    throw new AppError("UNPROCESSABLE", `${fileName} is not a Word document that can be read (is it a .doc saved under a .docx name?).`);
  }
}

/** Sanitizes HTML to the allowed structure, then reads it with the editor schema's own parse rules. */
export function htmlToDocument(html: string): ProseMirrorNode {
  const clean = sanitizeHtml(html, SANITIZE);
  const { document } = parseHTML(`<!doctype html><html><body>${clean}</body></html>`);
  if (deeperThan(document.body, MAX_DOCUMENT_DEPTH)) throw tooDeep();
  const doc = ProseMirrorDOMParser.fromSchema(articleSchema).parse(document.body);
  // Re-validate through the same path as documents from the browser (drops unsafe links, refuses empty bodies).
  return parseDocument(doc.toJSON());
}

/** Whether elements nest more than `limit` levels below `root`; iterative, so any depth is safe to measure. */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return false;
}
