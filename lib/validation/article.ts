import { z } from "zod";
import { ZIdSchema } from "./common";
import { isWebAddress } from "@/lib/web-address";
import { ARTICLE_STATES } from "@/lib/workflow/article-workflow";
import { CONTENT_FORMATS } from "@/lib/document/parse-content";
import { ZVersionSchema } from "./common";

/** Largest request body accepted for an article, in bytes. */
export const ARTICLE_BODY_LIMIT = 2 * 1024 * 1024;

/** Largest article body accepted, in characters (about 300,000 words). */
export const MAX_ARTICLE_CHARS = 2_000_000;

const ZTitleSchema = z.string().trim().min(1, "title must not be empty.").max(300, "title must be at most 300 characters.");
const ZTextContentSchema = z
  .string({ error: "content must be a string holding the article text." })
  .max(MAX_ARTICLE_CHARS, `content must be at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters.`);

export const ZCreateArticleSchema = z.strictObject({
  title: ZTitleSchema,
  format: z.enum(CONTENT_FORMATS, { error: 'format must be "text" or "markdown".' }).default("text"),
  content: ZTextContentSchema,
});
export type TCreateArticle = z.infer<typeof ZCreateArticleSchema>;

/**
 * Replacing an article's body. `text` and `markdown` take a string; `document` takes the
 * editor's JSON document (what the workspace sends), checked against the article schema.
 */
export const ZUpdateArticleSchema = z.discriminatedUnion(
  "format",
  [
    z.strictObject({ format: z.enum(CONTENT_FORMATS), content: ZTextContentSchema, version: ZVersionSchema, title: ZTitleSchema.optional() }),
    z.strictObject({
      format: z.literal("document"),
      content: z.record(z.string(), z.unknown(), { error: "content must be the editor's JSON document (an object)." }),
      version: ZVersionSchema,
      title: ZTitleSchema.optional(),
    }),
  ],
  { error: 'format must be "text", "markdown" or "document".' },
);
export type TUpdateArticle = z.infer<typeof ZUpdateArticleSchema>;

/** An absolute http(s) address, or "" for none. */
export const ZWebAddressSchema = z
  .string({ error: "The address must be a string." })
  .trim()
  .max(2_000, "The address must be at most 2,000 characters.")
  .refine((value) => value === "" || isWebAddress(value), 'The address must be an absolute http:// or https:// address (or "" for none).');

/** A real calendar day between 1800 and 2199, as YYYY-MM-DD; `field` names it in the messages. */
export function calendarDaySchema(field: string, typeError = `${field} must be a date written YYYY-MM-DD.`) {
  return (
    z
      .string({ error: typeError })
      .trim()
      .regex(/^(?:18|19|20|21)\d\d-\d\d-\d\d$/, `${field} must be a date written YYYY-MM-DD between 1800 and 2199.`)
      // Zod runs this even when the pattern failed: it must hold for any text.
      .refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      }, `${field} is not a day of the calendar.`)
  );
}

export const ZCalendarDateSchema = calendarDaySchema("publicationDate", "publicationDate must be a date written YYYY-MM-DD, or null.");

export const ZArticleSettingsSchema = z
  .strictObject({
    leadCheckerId: z
      .string({ error: "leadCheckerId must be a user id or null." })
      .regex(/^[a-z0-9]{1,64}$/, "leadCheckerId must be a user id.")
      .nullable()
      .optional(),
    /** Where the article is published, for ClaimReview markup ("" when not yet published). */
    publishedUrl: ZWebAddressSchema.optional(),
    /** Why the article may be checked below the desk's minimum coverage ("" withdraws it). */
    coverageWaiver: z.string().trim().max(2_000, "coverageWaiver must be at most 2,000 characters.").optional(),
    /** The article's dateline or publication date (YYYY-MM-DD), or null to clear it. */
    publicationDate: ZCalendarDateSchema.nullable().optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: "Nothing to change: give leadCheckerId, publishedUrl, coverageWaiver or publicationDate.",
  });

export type TArticleSettings = z.infer<typeof ZArticleSettingsSchema>;

export const ZTransitionSchema = z.strictObject({ to: z.enum(ARTICLE_STATES, { error: `to must be one of: ${ARTICLE_STATES.join(", ")}.` }) });

/** `include=body`: the article with its editor document (the workspace reloads a colleague's save with it). */
export const ZArticleQuerySchema = z.strictObject({
  include: z.enum(["body"], { error: "include takes: body." }).optional(),
});

/** Whether `text` is a stream position: a 64-bit transaction id, as the streams hand them out (BigInt only ever sees digits). */
export function isStreamPosition(text: string): boolean {
  return /^\d{1,20}$/.test(text) && BigInt(text) < 2n ** 64n;
}

const ZStreamPosition = z.string().refine(isStreamPosition, "since must be an event id this stream sent.");

/** `since`: a position a stream handed out (an event id), or one a page read the article at. */
export const ZArticleEventsQuerySchema = z.strictObject({ since: ZStreamPosition.optional() });

/** What the person of an open stream looks at (the `tab` its `ready` event named), and whether they have unsaved edits to the text. */
export const ZPresenceSchema = z.strictObject({
  tab: ZIdSchema,
  claimId: ZIdSchema.nullable(),
  editing: z.boolean({ error: "editing must be true or false." }),
});

/** `since`: where a page's own read stood (changes from there on are announced at once). */
export const ZDeskEventsQuerySchema = z.strictObject({ since: ZStreamPosition.optional() });

export const ZRevisionNumberSchema = z.coerce.number().int().min(1).max(2_147_483_647);
