import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { ClaimStatus } from "../claims/vocabulary";
import { buildTextModel, offsetToPos } from "../document/text-model";

/** `proposal`: the words an open proposal would put in place of the claim's (shown struck through, with the proposal inserted after). */
export type HighlightedClaim = { id: string; start: number; end: number; status: ClaimStatus; proposal?: string };

type ClaimForHighlight = { id: string; start: number | null; end: number | null; status: ClaimStatus; proposals: readonly { replacement: string; applies: boolean }[] };

/** The highlights of the claims attached to the text, each with the first open proposal that still applies. */
export function highlightsOf(claims: readonly ClaimForHighlight[]): HighlightedClaim[] {
  return claims.flatMap(({ id, start, end, status, proposals }) => {
    if (start === null || end === null) return [];
    const proposal = proposals.find((candidate) => candidate.applies)?.replacement;
    return [proposal === undefined ? { id, start, end, status } : { id, start, end, status, proposal }];
  });
}

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
    if (to > from) decorations.push(...claimDecorations(from, to, claim, claim.id === selectedId));
  }
  return DecorationSet.create(doc, decorations);
}

function restyle(doc: ProseMirrorNode, current: DecorationSet, { claims, selectedId }: ClaimHighlightState): DecorationSet {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const decorations: Decoration[] = [];
  for (const decoration of current.find()) {
    const spec = decoration.spec as DecorationSpec;
    const claim = byId.get(spec.claimId);
    if (claim && !spec.proposal && decoration.to > decoration.from) decorations.push(...claimDecorations(decoration.from, decoration.to, claim, claim.id === selectedId));
  }
  return DecorationSet.create(doc, decorations);
}

type DecorationSpec = { claimId: string; proposal?: true };

function claimDecorations(from: number, to: number, claim: HighlightedClaim, selected: boolean): Decoration[] {
  const proposed = claim.proposal !== undefined;
  const mark = Decoration.inline(
    from,
    to,
    {
      nodeName: "span",
      class: `claim-mark claim-mark--${claim.status}${selected ? " claim-mark--selected" : ""}${proposed ? " claim-mark--proposed" : ""}`,
      "data-claim-id": claim.id,
      "data-status": claim.status,
    },
    { claimId: claim.id } satisfies DecorationSpec,
  );
  if (!proposed) return [mark];
  // The proposed words, after the ones they would replace; not part of the text (nor of a selection).
  const insertion = Decoration.widget(to, () => proposalElement(claim.proposal!), {
    side: 1,
    ignoreSelection: true,
    key: `proposal:${claim.id}:${claim.proposal}`,
    claimId: claim.id,
    proposal: true,
  });
  return [mark, insertion];
}

function proposalElement(words: string): HTMLElement {
  const element = document.createElement("ins");
  element.className = "proposal-insert";
  element.setAttribute("contenteditable", "false");
  element.setAttribute("aria-label", `proposed: ${words}`);
  element.textContent = words;
  return element;
}
