import { z } from "zod";
import { SEARCH_KINDS } from "@/lib/search/search-kinds";

/** Pages of one kind's results: far enough for a person, not a way to dump the desk. */
export const MAX_SEARCH_PAGE = 50;

/** `GET /api/search` and the search page. */
export const ZSearchQuerySchema = z
  .strictObject({
    q: z
      .string({ error: "q is required: the words to find." })
      .trim()
      .min(1, "q is required: the words to find.")
      .max(200, "q must be at most 200 characters.")
      .describe('Words to find (web-search syntax: "quoted phrase", or, -word); names also match in part or misspelt in the register.'),
    kind: z
      .enum(SEARCH_KINDS, { error: `kind must be one of: ${SEARCH_KINDS.join(", ")}.` })
      .optional()
      .describe("One kind of result, a page at a time; without it, the best few of every kind."),
    page: z
      .string()
      .regex(/^\d{1,3}$/, `page must be a whole number from 1 to ${MAX_SEARCH_PAGE}.`)
      .transform(Number)
      .refine((page) => page >= 1 && page <= MAX_SEARCH_PAGE, `page must be a whole number from 1 to ${MAX_SEARCH_PAGE}.`)
      .optional()
      .describe(`Page of a kind's results, from 1 (needs kind; at most ${MAX_SEARCH_PAGE}).`),
  })
  .refine((query) => query.page === undefined || query.kind !== undefined, { message: "page needs kind: pages are of one kind's results." });

export type TSearchQuery = z.output<typeof ZSearchQuerySchema>;
