import { SUGGESTION_KINDS } from "./kinds";
import type { Suggestion } from "./suggestions";

// How the Suggestions tab lists what the rules found: one row per thing (repeats of "North
// Korea", or "Kim" after "Kim Jong Un", fold into one row with their count), in the order of the
// text (the default) or grouped by kind. Register flags are listed on their own and never fold.

export type SuggestionOrder = "document" | "kind";
export type SuggestionRow = { key: string; kind: Suggestion["kind"]; label: string; items: Suggestion[] };

export function suggestionRows(suggestions: readonly Suggestion[], order: SuggestionOrder): SuggestionRow[] {
  const rows = new Map<string, SuggestionRow>();
  for (const suggestion of [...suggestions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (suggestion.kind === "register_flag") continue;
    const row = rows.get(suggestion.entity.key);
    if (row) row.items.push(suggestion);
    else rows.set(suggestion.entity.key, { key: suggestion.entity.key, kind: suggestion.kind, label: suggestion.entity.label, items: [suggestion] });
  }
  const inText = [...rows.values()];
  if (order === "document") return inText;
  const rank = (kind: Suggestion["kind"]) => SUGGESTION_KINDS.indexOf(kind as (typeof SUGGESTION_KINDS)[number]);
  return inText.sort((a, b) => rank(a.kind) - rank(b.kind) || a.items[0]!.start - b.items[0]!.start);
}

/** The distinct words of a row's suggestions: each is dismissed once (a dismissal holds for its kind and words). */
export function distinctWordings(row: SuggestionRow): Suggestion[] {
  const seen = new Set<string>();
  return row.items.filter((item) => {
    const key = `${item.kind}\u0000${item.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
