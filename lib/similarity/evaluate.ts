// Precision and recall of the "seen before" list on labelled pairs (npm run eval:similar and the
// floor test). Every text of a set is a claim on one desk; the claims a "same" pair links (and
// what they link in turn) state one fact. Each claim asks for its top-3 list among all the
// others: a listed claim of the same fact is right, any other is wrong (precision); each claim's
// same-fact partners, up to three, should be listed (recall).
import { factTerms } from "./fact-terms";
import { rankSimilar, SIMILAR_LIMIT, type KnownEntity } from "./similarity";
import type { LabelledPair } from "./fixtures/labelled-pairs";

export type SimilarityScores = {
  claims: number;
  pairs: number;
  listed: number;
  right: number;
  expected: number;
  found: number;
  precision: number;
  recall: number;
  mistakes: string[];
};

export function entitiesOf(register: readonly { id: string; names: string[] }[]): KnownEntity[] {
  return register.map((entry) => ({ id: entry.id, names: entry.names.map((name) => factTerms(name)) }));
}

export function evaluateSimilarity(pairs: readonly LabelledPair[], register: readonly { id: string; names: string[] }[]): SimilarityScores {
  const texts = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
  // One fact per group of texts joined by "same" pairs (union-find).
  const parent = new Map(texts.map((text) => [text, text]));
  const find = (text: string): string => {
    const up = parent.get(text)!;
    return up === text ? text : find(up);
  };
  for (const pair of pairs) if (pair.same) parent.set(find(pair.a), find(pair.b));
  const entities = entitiesOf(register);
  let listed = 0;
  let right = 0;
  let expected = 0;
  let found = 0;
  const mistakes: string[] = [];
  for (const text of texts) {
    const others = texts.filter((other) => other !== text);
    const partners = others.filter((other) => find(other) === find(text));
    const list = rankSimilar(text, others, { textOf: (other) => other, entities, limit: SIMILAR_LIMIT });
    listed += list.length;
    for (const { candidate, score } of list) {
      if (find(candidate) === find(text)) right++;
      else mistakes.push(`listed for "${text}": "${candidate}" (${score.toFixed(2)}), another fact`);
    }
    expected += Math.min(SIMILAR_LIMIT, partners.length);
    const hits = list.filter(({ candidate }) => find(candidate) === find(text)).length;
    found += hits;
    for (const partner of partners) {
      if (hits < Math.min(SIMILAR_LIMIT, partners.length) && !list.some(({ candidate }) => candidate === partner)) mistakes.push(`missed for "${text}": "${partner}"`);
    }
  }
  return {
    claims: texts.length,
    pairs: pairs.length,
    listed,
    right,
    expected,
    found,
    precision: listed === 0 ? 1 : right / listed,
    recall: expected === 0 ? 1 : found / expected,
    mistakes,
  };
}
