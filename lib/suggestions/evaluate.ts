import { extractSuggestions, SUGGESTION_KINDS, type RawSuggestion, type SuggestionKind } from "./extract";
import type { LabelledArticle } from "./fixtures/labelled-articles";

// Precision and recall of the suggestions against hand-labelled claims. A suggestion matches a
// label of the same kind when their spans overlap by at least half of the longer one.

export type Score = { suggested: number; labelled: number; matchedSuggestions: number; matchedLabels: number; precision: number; recall: number };

const MIN_OVERLAP = 0.5;

export function locateLabel(text: string, quote: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`Label "${quote}" (occurrence ${occurrence}) is not in the text.`);
  }
  return { start: at, end: at + quote.length };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared / Math.max(a.end - a.start, b.end - b.start) >= MIN_OVERLAP;
}

export function evaluate(articles: LabelledArticle[], extract: (text: string) => RawSuggestion[] = extractSuggestions) {
  const byKind = new Map<SuggestionKind | "all", Score>();
  const add = (kind: SuggestionKind | "all", change: Partial<Record<keyof Score, number>>) => {
    const score = byKind.get(kind) ?? { suggested: 0, labelled: 0, matchedSuggestions: 0, matchedLabels: 0, precision: 0, recall: 0 };
    for (const [key, value] of Object.entries(change)) score[key as keyof Score] += value;
    byKind.set(kind, score);
  };
  const misses: string[] = [];
  const extras: string[] = [];
  for (const article of articles) {
    const suggestions = extract(article.text);
    const labels = article.claims.map((claim) => ({ ...claim, ...locateLabel(article.text, claim.quote, claim.occurrence) }));
    for (const label of labels) {
      const hit = suggestions.some((suggestion) => suggestion.kind === label.kind && overlaps(suggestion, label));
      add(label.kind, { labelled: 1, matchedLabels: hit ? 1 : 0 });
      add("all", { labelled: 1, matchedLabels: hit ? 1 : 0 });
      if (!hit) misses.push(`${label.kind}: ${label.quote}`);
    }
    for (const suggestion of suggestions) {
      const hit = labels.some((label) => label.kind === suggestion.kind && overlaps(suggestion, label));
      add(suggestion.kind, { suggested: 1, matchedSuggestions: hit ? 1 : 0 });
      add("all", { suggested: 1, matchedSuggestions: hit ? 1 : 0 });
      if (!hit) extras.push(`${suggestion.kind}: ${article.text.slice(suggestion.start, suggestion.end)}`);
    }
  }
  for (const score of byKind.values()) {
    score.precision = score.suggested ? score.matchedSuggestions / score.suggested : 1;
    score.recall = score.labelled ? score.matchedLabels / score.labelled : 1;
  }
  const kinds = (["all", ...SUGGESTION_KINDS] as const).filter((kind) => byKind.has(kind));
  return { scores: kinds.map((kind) => ({ kind, ...byKind.get(kind)! })), misses, extras };
}
