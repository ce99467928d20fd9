import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { AppError } from "../errors/app-error";
import { buildTextModel, offsetToPos } from "./text-model";

/**
 * Why the words at [start, end) of the document's text cannot simply be replaced, or null: they
 * must lie within one paragraph (or heading, list item) and be plain text, without a line break
 * or an embedded object, so that the new words take their place and their formatting.
 */
export function replaceableProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) return "they are not a span of the text";
  const words = text.slice(start, end);
  if (words.includes("\n")) return "they run across a line or paragraph break";
  if (words.includes("\uFFFC")) return "they include an embedded object";
  return null;
}

/**
 * The document with the words at text offsets [start, end) replaced by `replacement`, which
 * takes the formatting (bold, link, …) of the first replaced character. Everything else is kept
 * as it was, so the new text differs from the old in exactly those words.
 */
export function replaceText(doc: ProseMirrorNode, start: number, end: number, replacement: string): ProseMirrorNode {
  const model = buildTextModel(doc);
  const problem = replaceableProblem(model.text, start, end);
  if (problem) throw new AppError("UNPROCESSABLE", `The words at ${start}–${end} cannot be replaced: ${problem}.`);
  const from = offsetToPos(model, start, "start");
  const to = offsetToPos(model, end, "end");
  const marks = doc.nodeAt(from)?.marks ?? [];
  const transform = new Transform(doc);
  if (replacement.length === 0) transform.delete(from, to);
  else transform.replaceWith(from, to, doc.type.schema.text(replacement, marks));
  return transform.doc;
}
