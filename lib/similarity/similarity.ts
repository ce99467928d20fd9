// Whether two claims state the same fact, from their terms (fact-terms.ts): a weighted overlap
// in which amounts weigh most, and in which two different figures or dates are different facts
// however many words they share ("$4.5bn" is not "$4.6bn"). Names the register knows are one
// term whatever the spelling ("Zelenskyy", "Volodymyr Zelensky").

import { analyzeFact, type FactTerm } from "./fact-terms";

/** A register entry as similarity sees it: its id and the terms of each of its names. */
export type KnownEntity = { id: string; names: FactTerm[][] };

/** At or above this, two claims are shown as the same fact (tuned on the tuning pairs only). */
export const SAME_FACT_THRESHOLD = 0.5;

/** How many earlier claims the workspace shows (the evaluation scores this list). */
export const SIMILAR_LIMIT = 3;

/** A claim's terms, ready to compare. */
export type FactProfile = { terms: FactTerm[]; proper: ReadonlySet<FactTerm> };

const isAmount = (term: FactTerm) => term.startsWith("#");
const isPlace = (term: FactTerm) => term.startsWith("=");
/** Amounts, dates and register entities weigh most, then names; a currency sign least. */
export const termWeight = (term: FactTerm, proper: boolean) => (isAmount(term) || term.startsWith("@") ? 3 : term.startsWith("¤") ? 0.5 : proper ? 2 : 1);

/** The profile of `text`, with the known entities' names as one term each. */
export function factProfile(text: string, entities: readonly KnownEntity[] = []): FactProfile {
  const { terms, proper } = analyzeFact(text);
  return { terms: withEntities(terms, entities), proper };
}

/**
 * `terms` with each known entity's names replaced by the entity ("@id"). Where several of an
 * entity's names overlap ("President Xi" and "Xi Jinping" in "President Xi Jinping"), their
 * whole stretch becomes the one term.
 */
export function withEntities(terms: readonly FactTerm[], entities: readonly KnownEntity[]): FactTerm[] {
  const owner: (string | null)[] = terms.map(() => null);
  for (const entity of entities) {
    for (const name of entity.names) {
      if (name.length === 0) continue;
      for (let start = 0; start + name.length <= terms.length; start++) {
        if (name.every((term, offset) => terms[start + offset] === term)) for (let offset = 0; offset < name.length; offset++) owner[start + offset] = entity.id;
      }
    }
  }
  const out = terms.map((term, index) => (owner[index] ? `@${owner[index]}` : term));
  return [...new Set(out)];
}

/**
 * 0 (nothing in common) to 1 (the same terms): the weighted share of terms in common. Each side
 * stating something the other does not (a different word on both sides, not one side's added
 * detail) is a sign of another fact; so are a different figure or date, and another currency.
 */
export function factSimilarity(a: FactProfile, b: FactProfile): number {
  if (a.terms.length === 0 || b.terms.length === 0) return 0;
  const left = new Set(a.terms);
  const right = new Set(b.terms);
  let shared = 0;
  let union = 0;
  for (const term of new Set([...left, ...right])) {
    const weight = termWeight(term, a.proper.has(term) || b.proper.has(term));
    union += weight;
    if (left.has(term) && right.has(term)) shared += weight;
  }
  let score = shared / union;
  const amountsA = [...left].filter(isAmount);
  const amountsB = [...right].filter(isAmount);
  if (amountsA.length > 0 && amountsB.length > 0) {
    const same = amountsA.length === amountsB.length && amountsA.every((term) => right.has(term));
    if (!same) score *= amountsA.some((term) => right.has(term)) ? 0.4 : 0.2;
  }
  // Another currency is another amount.
  const currenciesA = [...left].filter((term) => term.startsWith("¤"));
  const currenciesB = [...right].filter((term) => term.startsWith("¤"));
  if (currenciesA.length > 0 && currenciesB.length > 0 && !currenciesA.some((term) => right.has(term))) score *= 0.3;
  // A place one side leaves out is detail; two different places are a difference.
  const placesA = [...left].filter(isPlace);
  const placesB = [...right].filter(isPlace);
  const differs = (own: FactTerm[], other: Set<FactTerm>, otherPlaces: FactTerm[]) =>
    own.some((term) => !other.has(term) && !isAmount(term) && (!isPlace(term) || otherPlaces.length > 0));
  if (differs([...left], right, placesB) && differs([...right], left, placesA)) score *= 0.6;
  return score;
}

export type Scored<C> = { candidate: C; score: number };

/**
 * The candidates stating the same fact as `text`, best first, at most `limit`: each scored on
 * its terms with the known entities as one term.
 */
export function rankSimilar<C>(
  text: string,
  candidates: readonly C[],
  { textOf, entities = [], limit = SIMILAR_LIMIT }: { textOf: (candidate: C) => string; entities?: readonly KnownEntity[]; limit?: number },
): Scored<C>[] {
  const profile = factProfile(text, entities);
  return candidates
    .map((candidate) => ({ candidate, score: factSimilarity(profile, factProfile(textOf(candidate), entities)) }))
    .filter((scored) => scored.score >= SAME_FACT_THRESHOLD)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
}
