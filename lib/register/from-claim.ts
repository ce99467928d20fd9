import { extractSuggestions } from "../suggestions/extract";
import { personMentions } from "./mentions";

/**
 * The person and title a name or title claim states: "Foreign Minister Ana Lima" gives Ana Lima
 * and Foreign Minister; a bare name gives just the name.
 */
export function personFromQuote(quote: string): { name: string; title: string | null } | null {
  const [mention] = personMentions(quote, extractSuggestions(quote)).filter((item) => item.title || item.end - item.start >= quote.trim().length - 1);
  if (mention) return { name: mention.name, title: mention.title?.text.replace(/^(?:former|acting|interim)\s+/i, "") || null };
  const name = quote.trim().replace(/[.,;:]+$/, "");
  return /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){1,4}$/u.test(name) ? { name, title: null } : null;
}
