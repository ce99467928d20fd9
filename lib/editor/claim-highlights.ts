import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { ClaimStatus } from "../claims/vocabulary";
import { buildTextModel, offsetToPos } from "../document/text-model";

export type HighlightedClaim = { id: string; start: number; end: number; status: ClaimStatus };

export type ClaimHighlightState = {
  claims: HighlightedClaim[];
  selectedId: string | null;
  /**
   * While the text has unsaved edits, the stored offsets describe the saved text, not the one
   * on screen: keep each highlight where the edits have carried it and only restyle it.
   */
  keepPositions?: boolean;
};

export const claimHighlightsKey = new PluginKey<DecorationSet>("claimHighlights");

/**
 * Shows claims as decorations over the article, each its own <span data-claim-id> so that
 * overlapping and nested claims all stay addressable. Decorations are mapped through every
 * transaction, so highlights move with the text while it is edited.
 */
export const ClaimHighlights = Extension.create({
  name: "claimHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: claimHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(transaction, decorations) {
            const mapped = transaction.docChanged ? decorations.map(transaction.mapping, transaction.doc) : decorations;
            const next = transaction.getMeta(claimHighlightsKey) as ClaimHighlightState | undefined;
            if (!next) return mapped;
            return next.keepPositions ? restyle(transaction.doc, mapped, next) : buildDecorations(transaction.doc, next);
          },
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state),
        },
      }),
    ];
  },
});

export function buildDecorations(doc: ProseMirrorNode, { claims, selectedId }: ClaimHighlightState): DecorationSet {
  const model = buildTextModel(doc);
  const decorations: Decoration[] = [];
  for (const claim of claims) {
    const from = offsetToPos(model, claim.start, "start");
    const to = offsetToPos(model, claim.end, "end");
    if (to > from) decorations.push(claimDecoration(from, to, claim, claim.id === selectedId));
  }
  return DecorationSet.create(doc, decorations);
}

function restyle(doc: ProseMirrorNode, current: DecorationSet, { claims, selectedId }: ClaimHighlightState): DecorationSet {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const decorations: Decoration[] = [];
  for (const decoration of current.find()) {
    const claim = byId.get((decoration.spec as { claimId: string }).claimId);
    if (claim && decoration.to > decoration.from) decorations.push(claimDecoration(decoration.from, decoration.to, claim, claim.id === selectedId));
  }
  return DecorationSet.create(doc, decorations);
}

function claimDecoration(from: number, to: number, claim: HighlightedClaim, selected: boolean): Decoration {
  return Decoration.inline(
    from,
    to,
    {
      nodeName: "span",
      class: `claim-mark claim-mark--${claim.status}${selected ? " claim-mark--selected" : ""}`,
      "data-claim-id": claim.id,
      "data-status": claim.status,
    },
    { claimId: claim.id },
  );
}
