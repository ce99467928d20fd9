import { capitalisedNames, type RawSuggestion } from "../suggestions/extract";
import type { PersonMention } from "./flags";

/**
 * The people an article names with at least a first and last name, with the title given to
 * them (from the suggestion rules' title and name findings), and every other capitalised name.
 */
export function personMentions(text: string, suggestions: RawSuggestion[]): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const suggestion of suggestions) {
    if ((suggestion.kind !== "title" && suggestion.kind !== "name") || !suggestion.person) continue;
    const name = suggestion.person;
    if (name.split(/\s+/).length < 2) continue;
    const span = text.slice(suggestion.start, suggestion.end);
    let title: string | null = null;
    if (suggestion.kind === "title") {
      const at = span.indexOf(name);
      const rest = `${span.slice(0, at)} ${span.slice(at + name.length)}`;
      title = rest.replace(/^[\s,]+|[\s,]+$/g, "").replace(/^(?:the|a|an|who\s+\w+\s+the)\s+/i, "") || null;
    }
    const before = text.slice(Math.max(0, suggestion.start - 8), suggestion.start);
    const former = /\b(?:former|ex-)/i.test(span) || /\b(?:former|ex-)\s*$/i.test(before);
    mentions.push({ start: suggestion.start, end: suggestion.end, name, title, former });
  }
  // Names the rules did not take for people may still be in the register.
  for (const span of capitalisedNames(text)) {
    if (mentions.some((mention) => mention.start < span.end && span.start < mention.end)) continue;
    mentions.push({ start: span.start, end: span.end, name: text.slice(span.start, span.end), title: null, former: false });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
