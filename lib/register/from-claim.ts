import { extractSuggestions } from "../suggestions/extract";
import { TITLE_HEADS } from "../suggestions/lexicon";
import { personMentions } from "./mentions";

const HEADS = new Set([...TITLE_HEADS, "master", "commander", "envoy", "consul", "representative", "governor-general"]);

/**
 * The person and title a name or title claim states: "Foreign Minister Ana Lima" gives Ana Lima
 * and Foreign Minister; a bare name gives just the name. Titles the built-in rules do not know
 * ("Harbour Master Liv Berg", "Minister of Fisheries Per Lund") are read as everything before a
 * two-word name, when that contains a word titles are made of.
 */
export function personFromQuote(quote: string): { name: string; title: string | null } | null {
  const [mention] = personMentions(quote, extractSuggestions(quote)).filter((item) => item.title || item.end - item.start >= quote.trim().length - 1);
  if (mention?.title) return { name: mention.name, title: mention.title.text.replace(/^(?:former|acting|interim)\s+/i, "") || null };
  const words = quote
    .trim()
    .replace(/[.,;:]+$/, "")
    .split(/\s+/);
  if (words.length >= 3) {
    const name = words.slice(-2);
    const title = words.slice(0, -2);
    if (name.every((word) => /^\p{Lu}/u.test(word)) && title.some((word) => HEADS.has(word.toLowerCase().replace(/[,.]$/, "")))) {
      return {
        name: name.join(" "),
        title: title
          .join(" ")
          .replace(/^(?:the|former|acting|interim)\s+/i, "")
          .replace(/,$/, ""),
      };
    }
  }
  if (mention) return { name: mention.name, title: null };
  const name = words.join(" ");
  return /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){1,4}$/u.test(name) ? { name, title: null } : null;
}
