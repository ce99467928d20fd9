import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

/**
 * The article's plain text, as the API exposes it, and the map between its character offsets
 * and ProseMirror positions. Text blocks (paragraphs, headings, list-item paragraphs) are
 * joined by a blank line; a hard break is "\n"; any other inline leaf is U+FFFC. Each inline
 * node therefore has the same size in the text as in ProseMirror, so within a block an offset
 * and a position differ by a constant. Empty blocks contribute nothing.
 */
export const BLOCK_SEPARATOR = "\n\n";
const OBJECT_REPLACEMENT = "\uFFFC";

export type TextBlock = {
  /** Offset of the block's first character in the text. */
  textStart: number;
  /** Offset just past the block's last character. */
  textEnd: number;
  /** ProseMirror position of the block's content start. */
  contentPos: number;
};

export type TextModel = { text: string; blocks: TextBlock[] };

export function buildTextModel(doc: ProseMirrorNode): TextModel {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let blockText = "";
    node.forEach((child) => {
      if (child.isText) blockText += child.text ?? "";
      else if (child.type.name === "hardBreak") blockText += "\n";
      else blockText += OBJECT_REPLACEMENT.repeat(child.nodeSize);
    });
    if (blockText.length === 0) return false;
    if (parts.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    blocks.push({ textStart: length, textEnd: length + blockText.length, contentPos: pos + 1 });
    parts.push(blockText);
    length += blockText.length;
    return false;
  });
  return { text: parts.join(""), blocks };
}

/**
 * ProseMirror position of a text offset. An offset inside a block separator belongs to the
 * following block when it starts a range (`side: "start"`) and to the preceding one when it
 * ends a range (`side: "end"`), so a range never covers a block boundary it did not select.
 */
export function offsetToPos(model: TextModel, offset: number, side: "start" | "end"): number {
  const { blocks } = model;
  if (blocks.length === 0) return 1;
  const index = lastBlockStartingAtOrBefore(blocks, offset);
  if (index < 0) return blocks[0]!.contentPos;
  const block = blocks[index]!;
  if (offset <= block.textEnd) return block.contentPos + (offset - block.textStart);
  const next = blocks[index + 1];
  if (side === "start" && next) return next.contentPos;
  return block.contentPos + (block.textEnd - block.textStart);
}

/** Text offset of a ProseMirror position, snapping positions between blocks the same way. */
export function posToOffset(model: TextModel, pos: number, side: "start" | "end"): number {
  const { blocks } = model;
  if (blocks.length === 0) return 0;
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.contentPos <= pos) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) return 0;
  const block = blocks[found]!;
  const blockLength = block.textEnd - block.textStart;
  if (pos - block.contentPos <= blockLength) return block.textStart + (pos - block.contentPos);
  const next = blocks[found + 1];
  if (side === "start" && next) return next.textStart;
  return block.textEnd;
}

function lastBlockStartingAtOrBefore(blocks: TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.textStart <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
