// Patterns and shapes shared by the suggestion rules (one rule a file in this folder).
import { NAME_PARTICLES } from "../lexicon";
import type { SuggestionKind } from "../kinds";
import type { Span } from "../sentences";

export type RawSuggestion = Span & { kind: SuggestionKind; detail?: string; /** For names and titles: the person's name alone. */ person?: string };

export const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
export const PARTICLE = `(?:${[...NAME_PARTICLES].filter((word) => word !== "of" && word !== "and" && word !== "for" && word !== "the").join("|")})`;
export const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){0,3}`;
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A phrase matched with either case for the first letter of each word ("Foreign Minister", "foreign minister"). */
export const anyInitialCase = (phrase: string) =>
  phrase
    .split(" ")
    .map((word) => (/^\p{L}/u.test(word) ? `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${escape(word.slice(1))}` : escape(word)))
    .join("\\s+");

/** Double quotes of any length; single quotes (‘…’ or '…', not an apostrophe) up to 80 characters. */
export const QUOTED = /“([^”\n]{2,800})”|"([^"\n]{2,800})"|‘([^’\n]{2,80})’(?![\p{L}])|(?<![\p{L}\d])'([^'\n]{2,80})'(?![\p{L}])/gu;
