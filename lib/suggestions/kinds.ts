import { KIND_LABELS } from "../claims/vocabulary";

/** Suggestion kinds are claim kinds: accepting a suggestion makes a claim of the same kind. */
export const SUGGESTION_KINDS = ["title", "name", "organization", "place", "number", "date", "quote", "event"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  ...KIND_LABELS,
  title: "Name with title",
  event: "Event stated as fact",
};
