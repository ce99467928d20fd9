"use client";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useImperativeHandle, type Ref } from "react";
import { buildTextModel, posToOffset } from "@/lib/document/text-model";
import { articleSchemaExtensions } from "@/lib/editor/extensions";
import { ClaimHighlights, claimHighlightsKey, type HighlightedClaim } from "@/lib/editor/claim-highlights";

export type ArticleEditorHandle = {
  /** Text offsets of the reader's current selection in the article, or null if there is none. */
  selectionOffsets: () => { start: number; end: number } | null;
};

type Props = {
  body: unknown;
  claims: HighlightedClaim[];
  selectedId: string | null;
  onSelectClaim: (claimId: string) => void;
  handleRef: Ref<ArticleEditorHandle>;
};

export function ArticleEditor({ body, claims, selectedId, onSelectClaim, handleRef }: Props) {
  const editor = useEditor({
    extensions: [...articleSchemaExtensions, ClaimHighlights],
    content: body as object,
    editable: false,
    immediatelyRender: false,
    editorProps: { attributes: { class: "article-body", "aria-label": "Article text", role: "document" } },
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, { claims, selectedId }));
  }, [editor, claims, selectedId]);

  useImperativeHandle(handleRef, () => ({ selectionOffsets: () => (editor ? readSelection(editor) : null) }), [editor]);

  function handleClick(event: React.MouseEvent<HTMLDivElement>) {
    if (!window.getSelection()?.isCollapsed) return; // the reader is selecting text, not picking a claim
    const mark = (event.target as HTMLElement).closest<HTMLElement>("[data-claim-id]");
    if (mark?.dataset.claimId) onSelectClaim(mark.dataset.claimId);
  }

  if (!editor) return <div className="article-body article-body--loading">Loading the article…</div>;
  return (
    <div onClick={handleClick}>
      <EditorContent editor={editor} />
    </div>
  );
}

function readSelection(editor: Editor): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const root = editor.view.dom;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const model = buildTextModel(editor.state.doc);
  const start = posToOffset(model, editor.view.posAtDOM(range.startContainer, range.startOffset), "start");
  const end = posToOffset(model, editor.view.posAtDOM(range.endContainer, range.endOffset), "end");
  if (end <= start) return null;
  // Leading and trailing white space is rarely meant; trim it so the quote is the words chosen.
  const picked = model.text.slice(start, end);
  const trimmedStart = start + (picked.length - picked.trimStart().length);
  const trimmedEnd = end - (picked.length - picked.trimEnd().length);
  return trimmedEnd > trimmedStart ? { start: trimmedStart, end: trimmedEnd } : null;
}
