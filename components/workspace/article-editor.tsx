"use client";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { type Ref, useEffect, useImperativeHandle, useLayoutEffect, useRef } from "react";
import { buildTextModel, offsetToPos, posToOffset } from "@/lib/document/text-model";
import type { TextEdit } from "@/lib/document/word-merge";
import { articleSchemaExtensions } from "@/lib/editor/extensions";
import { ClaimHighlights, claimHighlightsKey, type HighlightedClaim } from "@/lib/editor/claim-highlights";
import { SuggestionHighlights, suggestionHighlightsKey, type HighlightedSuggestion } from "@/lib/editor/suggestion-highlights";
import { LOAD_VERSION_META, ReadOnlyText, SentenceSelection } from "@/lib/editor/reading";

export type ArticleEditorHandle = {
  /** Text offsets of the reader's current selection in the article, or null if there is none. */
  selectionOffsets: () => { start: number; end: number } | null;
  /** The document as it is on screen, for saving. */
  document: () => unknown;
  /** Its plain text, as the server will compute it. */
  text: () => string;
  /**
   * Shows a newer saved version in place (the reader's scroll position kept): its document with
   * `claims` highlighted on it, then `edits` (offsets in its text) re-applied as unsaved typing.
   */
  load: (body: unknown, claims: HighlightedClaim[], edits: readonly TextEdit[]) => void;
};

type Props = {
  body: unknown;
  editable: boolean;
  /** True while the text on screen differs from the saved text. */
  dirty: boolean;
  claims: HighlightedClaim[];
  selectedId: string | null;
  /** Claim suggestions to underline faintly (none while the text has unsaved edits). */
  suggestions: HighlightedSuggestion[];
  currentSuggestionId: string | null;
  onSelectClaim: (claimId: string) => void;
  onSelectSuggestion: (suggestionId: string) => void;
  onEdit: () => void;
  handleRef: Ref<ArticleEditorHandle>;
};

export function ArticleEditor({ body, editable, dirty, claims, selectedId, suggestions, currentSuggestionId, onSelectClaim, onSelectSuggestion, onEdit, handleRef }: Props) {
  // The editor keeps the callbacks it was created with; these refs hand it the latest ones.
  const onEditRef = useRef(onEdit);
  const onSelectClaimRef = useRef(onSelectClaim);
  const selectedRef = useRef(selectedId);
  useLayoutEffect(() => {
    onEditRef.current = onEdit;
    onSelectClaimRef.current = onSelectClaim;
    selectedRef.current = selectedId;
  });
  // Always a caret (readers too, for marking claims from the keyboard); a reader's text refuses changes (lib/editor/reading.ts).
  const editor = useEditor({
    extensions: [...articleSchemaExtensions, ClaimHighlights, SuggestionHighlights, ReadOnlyText.configure({ readOnly: !editable }), SentenceSelection],
    content: body as object,
    editable: true,
    immediatelyRender: false,
    onUpdate: () => onEditRef.current(),
    editorProps: {
      attributes: {
        class: `article-body ${editable ? "article-body--editable" : "article-body--reading"}`,
        "aria-label": editable ? "Article text (editable)" : "Article text (read-only: move with the arrow keys, select with Shift)",
        role: "textbox",
        "aria-multiline": "true",
        ...(editable ? {} : { "aria-readonly": "true", inputmode: "none", spellcheck: "false" }),
      },
      // Enter on a highlight, in a text one may not edit, opens its claim.
      handleKeyDown: (_view, event) => {
        if (editable || event.key !== "Enter" || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
        const at = window.getSelection()?.focusNode ?? null;
        const mark = (at instanceof Element ? at : at?.parentElement)?.closest<HTMLElement>("[data-claim-id]");
        if (mark?.dataset.claimId) onSelectClaimRef.current(mark.dataset.claimId);
        return true;
      },
    },
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, { claims, selectedId, keepPositions: dirty }).setMeta("addToHistory", false));
  }, [editor, claims, selectedId, dirty]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const shown = dirty ? [] : suggestions;
    editor.view.dispatch(editor.state.tr.setMeta(suggestionHighlightsKey, { suggestions: shown, currentId: currentSuggestionId }).setMeta("addToHistory", false));
  }, [editor, suggestions, currentSuggestionId, dirty]);

  useImperativeHandle(
    handleRef,
    () => ({
      selectionOffsets: () => (editor ? readSelection(editor) : null),
      document: () => editor?.getJSON() ?? null,
      text: () => (editor ? buildTextModel(editor.state.doc).text : ""),
      load: (body, claims, edits) => {
        if (!editor || editor.isDestroyed) return;
        const scrolled = scrollPositions(editor.view.dom);
        editor
          .chain()
          .command(({ tr }) => {
            tr.setMeta(LOAD_VERSION_META, true);
            return true;
          })
          .setContent(body as object, { emitUpdate: false })
          .run();
        editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, { claims, selectedId: selectedRef.current }).setMeta("addToHistory", false));
        if (edits.length > 0) {
          const model = buildTextModel(editor.state.doc);
          const transaction = editor.state.tr;
          // From the end, so earlier offsets stay valid.
          for (const edit of [...edits].reverse()) {
            const from = offsetToPos(model, edit.start, "start");
            const to = edit.end === edit.start ? from : offsetToPos(model, edit.end, "end");
            if (edit.text) transaction.insertText(edit.text, from, to);
            else transaction.delete(from, to);
          }
          editor.view.dispatch(transaction);
        }
        for (const [element, top] of scrolled) element.scrollTop = top;
        window.scrollTo({ top: scrolled.get(document.documentElement) ?? window.scrollY });
      },
    }),
    [editor],
  );

  function handleClick(event: React.MouseEvent<HTMLDivElement>) {
    if (!window.getSelection()?.isCollapsed) return; // the reader is selecting text, not picking a claim
    const mark = (event.target as HTMLElement).closest<HTMLElement>("[data-claim-id]");
    if (mark?.dataset.claimId) {
      onSelectClaim(mark.dataset.claimId);
      return;
    }
    const suggestion = (event.target as HTMLElement).closest<HTMLElement>("[data-suggestion-id]");
    if (suggestion?.dataset.suggestionId) onSelectSuggestion(suggestion.dataset.suggestionId);
  }

  if (!editor) return <div className="article-body article-body--loading">Loading the article…</div>;
  return (
    <div onClick={handleClick}>
      <EditorContent editor={editor} />
    </div>
  );
}

/** The scroll offsets of an element's scrolling ancestors (the page included). */
function scrollPositions(element: HTMLElement): Map<Element, number> {
  const positions = new Map<Element, number>();
  for (let current: HTMLElement | null = element; current; current = current.parentElement) if (current.scrollTop > 0) positions.set(current, current.scrollTop);
  positions.set(document.documentElement, window.scrollY);
  return positions;
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
