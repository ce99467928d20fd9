import { z } from "zod";
import { SUGGESTION_KINDS } from "@/lib/suggestions/kinds";

export const ZSuggestionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/, "Suggestion ids are 16 characters.");

export const ZAcceptSuggestionsOfKindSchema = z.strictObject({
  kind: z.enum(SUGGESTION_KINDS, { error: `kind must be one of: ${SUGGESTION_KINDS.join(", ")}.` }),
});
