import { z } from "zod";
import { SUGGESTION_KINDS } from "@/lib/suggestions/kinds";

export const ZSuggestionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/, "Suggestion ids are 16 characters.");

/** `{ kind }` accepts every open suggestion of a kind; `{ ids }` those suggestions (a folded row of repeats). */
export const ZAcceptSuggestionsOfKindSchema = z.union(
  [
    z.strictObject({ kind: z.enum(SUGGESTION_KINDS, { error: `kind must be one of: ${SUGGESTION_KINDS.join(", ")}.` }) }),
    z.strictObject({
      ids: z
        .array(z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, "ids are suggestion ids."))
        .min(1, "ids must name at least one suggestion.")
        .max(500, "At most 500 suggestions at once."),
    }),
  ],
  { error: "Give { kind } or { ids }." },
);
