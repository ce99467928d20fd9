import { z } from "zod";
import { ARTICLE_STATES } from "@/lib/workflow/article-workflow";
import { decodeListCursor } from "@/lib/articles/list-cursor";
import { calendarDaySchema } from "./article";

export const ARTICLE_SORTS = ["updated", "created", "title", "relevance"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export const ARTICLE_SORT_LABELS: Record<ArticleSort, string> = {
  updated: "Recently updated",
  created: "Recently created",
  title: "Title A–Z",
  relevance: "Best match",
};

/** Claims an article can be filtered on having: a verdict the desk must act on. */
export const ARTICLE_FLAGS = ["incorrect", "disputed", "recheck"] as const;
export type ArticleFlag = (typeof ARTICLE_FLAGS)[number];

export const ARTICLE_FLAG_LABELS: Record<ArticleFlag, string> = {
  incorrect: "An incorrect claim",
  disputed: "A disputed claim",
  recheck: "A claim to check again",
};

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
/** Beyond this many pages, a client pages with `cursor` (an offset that deep is a scan). */
export const MAX_PAGE = 1_000;

const optional = <S extends z.ZodType>(schema: S, description: string) => schema.optional().describe(description);

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `${name} must be a whole number from ${min} to ${max}.`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${name} must be a whole number from ${min} to ${max}.`);

/**
 * `GET /api/articles` and the article list page: search, filters, sort and one page of the result.
 * `page` counts from 1 (what a person clicks through); `cursor` is the `nextCursor` of the page
 * before (what a script walks with: it never skips or repeats an article that did not change).
 */
export const ZArticleListQuerySchema = z
  .strictObject({
    q: optional(z.string().trim().max(200, "q must be at most 200 characters."), 'Words to find in the title or text (web-search syntax: "quoted phrase", or, -word).'),
    state: optional(z.enum(ARTICLE_STATES, { error: `state must be one of: ${ARTICLE_STATES.join(", ")}.` }), "Only articles in this workflow state."),
    lead: optional(z.string().regex(/^[a-z0-9]{1,64}$/, "lead must be a user id, me or none."), "Lead checker: a user id, me, or none (no lead checker yet)."),
    mine: optional(
      z.enum(["true", "false"], { error: "mine must be true or false." }).transform((value) => value === "true"),
      "true: articles I created, lead or hold a claim of.",
    ),
    has: optional(
      z.enum(ARTICLE_FLAGS, { error: `has must be one of: ${ARTICLE_FLAGS.join(", ")}.` }),
      "Only articles with a claim judged incorrect, disputed, or to check again (recheck).",
    ),
    updatedSince: optional(calendarDaySchema("updatedSince"), "Only articles changed on or after this day (YYYY-MM-DD, UTC)."),
    sort: optional(z.enum(ARTICLE_SORTS, { error: `sort must be one of: ${ARTICLE_SORTS.join(", ")}.` }), "updated (default), created, title, or relevance (the default with q)."),
    page: optional(wholeNumber("page", 1, MAX_PAGE), `Page number from 1 (at most ${MAX_PAGE}).`),
    cursor: optional(
      z
        .string()
        .max(500, "cursor is not one this API handed out.")
        .refine((value) => decodeListCursor(value) !== null, "cursor is not one this API handed out."),
      "The nextCursor of the page before: the next page, even while articles change.",
    ),
    limit: optional(wholeNumber("limit", 1, MAX_PAGE_SIZE), `Articles per page (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`),
  })
  .refine((query) => !(query.page !== undefined && query.cursor !== undefined), { message: "Give page or cursor, not both." })
  .transform(({ q, cursor, ...rest }) => {
    const search = q === undefined || q === "" ? undefined : q;
    const sort: ArticleSort = rest.sort ?? (search ? "relevance" : "updated");
    return { ...rest, q: search, sort, cursor: cursor === undefined ? undefined : decodeListCursor(cursor)! };
  })
  .refine((query) => query.sort !== "relevance" || query.q !== undefined, { message: "sort=relevance needs a search (q)." })
  .refine((query) => typeof query.cursor !== "object" || query.cursor.sort === query.sort, {
    message: "cursor belongs to another sort: keep the sort of the page it came from.",
  });

export type TArticleListQuery = z.output<typeof ZArticleListQuerySchema>;
