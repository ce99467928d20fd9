import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection } from "@tiptap/pm/state";
import { buildTextModel, offsetToPos, posToOffset } from "@/lib/document/text-model";
import { nextSentenceEnd, previousSentenceStart } from "@/lib/document/sentences";

// Reading with the keyboard. A reader who may not change the text still gets a caret in it (the
// article is in the tab order; arrows move, Shift+arrows and Ctrl+Shift+arrows select by
// character and word, Alt+Shift+↓/↑ by sentence), so claims can be marked without a mouse. The
// document stays unchangeable: input is refused before the browser applies it, and any
// transaction that would change the document is dropped, except loading a saved version.

/** Meta on a transaction that replaces a read-only document with a newer saved version. */
export const LOAD_VERSION_META = "factdesk-load-version";

export const ReadOnlyText = Extension.create<{ readOnly: boolean }>({
  name: "readOnlyText",
  addOptions: () => ({ readOnly: false }),
  addProseMirrorPlugins() {
    if (!this.options.readOnly) return [];
    return [
      new Plugin({
        key: new PluginKey("readOnlyText"),
        filterTransaction: (transaction) => !transaction.docChanged || transaction.getMeta(LOAD_VERSION_META) === true,
        props: {
          handleDOMEvents: {
            // Typing, deleting, formatting, undo, paste and drop all arrive as beforeinput.
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
          handlePaste: () => true,
          handleDrop: () => true,
        },
      }),
    ];
  },
});

/** Alt+Shift+↓ and Alt+Shift+↑ extend the selection to the end of this (or the next) sentence, or back to the start of this (or the previous) one. */
export const SentenceSelection = Extension.create({
  name: "sentenceSelection",
  addKeyboardShortcuts() {
    return {
      "Alt-Shift-ArrowDown": () => extendBySentence(this.editor, 1),
      "Alt-Shift-ArrowUp": () => extendBySentence(this.editor, -1),
    };
  },
});

function extendBySentence(editor: Editor, direction: 1 | -1): boolean {
  const { state } = editor;
  const { anchor, head } = state.selection;
  const model = buildTextModel(state.doc);
  const from = posToOffset(model, head, direction === 1 ? "start" : "end");
  const to = direction === 1 ? nextSentenceEnd(model.text, from) : previousSentenceStart(model.text, from);
  const pos = offsetToPos(model, to, direction === 1 ? "end" : "start");
  editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, anchor, pos)).scrollIntoView());
  return true;
}
