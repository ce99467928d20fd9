import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { buildTextModel, offsetToPos } from "../document/text-model";

export type HighlightedSuggestion = { id: string; start: number; end: number };
export type SuggestionHighlightState = { suggestions: HighlightedSuggestion[]; currentId: string | null };

export const suggestionHighlightsKey = new PluginKey<DecorationSet>("suggestionHighlights");

/** Faint underlines for claim suggestions, apart from the claims' own highlights. */
export const SuggestionHighlights = Extension.create({
  name: "suggestionHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: suggestionHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(transaction, decorations) {
            const next = transaction.getMeta(suggestionHighlightsKey) as SuggestionHighlightState | undefined;
            if (next) return buildSuggestionDecorations(transaction.doc, next);
            return transaction.docChanged ? decorations.map(transaction.mapping, transaction.doc) : decorations;
          },
        },
        props: { decorations: (state) => suggestionHighlightsKey.getState(state) },
      }),
    ];
  },
});

function buildSuggestionDecorations(doc: Parameters<typeof buildTextModel>[0], { suggestions, currentId }: SuggestionHighlightState): DecorationSet {
  if (suggestions.length === 0) return DecorationSet.empty;
  const model = buildTextModel(doc);
  const decorations: Decoration[] = [];
  for (const suggestion of suggestions) {
    const from = offsetToPos(model, suggestion.start, "start");
    const to = offsetToPos(model, suggestion.end, "end");
    if (to <= from) continue;
    decorations.push(
      Decoration.inline(from, to, {
        nodeName: "span",
        class: `suggestion-mark${suggestion.id === currentId ? " suggestion-mark--current" : ""}`,
        "data-suggestion-id": suggestion.id,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}
