import { z } from "zod";
import { SOURCE_KINDS } from "@/lib/claims/vocabulary";
import { isWebAddress } from "@/lib/web-address";
import { ZVersionSchema } from "./common";

/** An absolute http(s) address, or "" for a source without one (a person, a paper document). */
const ZUrlSchema = z
  .string({ error: "url must be a string." })
  .trim()
  .max(2_000, "url must be at most 2,000 characters.")
  .refine((value) => value === "" || isWebAddress(value), "url must be an absolute http:// or https:// address.");

const isRealDay = (value: string) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isPlausibleAccessDay = (value: string) => value >= "1900-01-01" && value <= "2999-12-31";

/** When a checker consulted a source: a real day written YYYY-MM-DD between 1900 and 2999 (Postgres refuses year 0, and nothing older was consulted). */
export function isAccessDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDay(value) && isPlausibleAccessDay(value);
}

const ZAccessedAtSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "accessedAt must be a date written YYYY-MM-DD.")
  .refine(isRealDay, "accessedAt is not a real date.")
  .refine(isPlausibleAccessDay, "accessedAt must lie between 1900-01-01 and 2999-12-31.")
  .nullable();

const sourceFields = {
  kind: z.enum(SOURCE_KINDS, { error: `kind must be one of: ${SOURCE_KINDS.join(", ")}.` }),
  confidential: z.boolean({ error: "confidential must be true or false." }),
  contact: z.string().trim().max(1_000, "contact must be at most 1,000 characters."),
  url: ZUrlSchema,
  title: z.string().trim().max(500, "title must be at most 500 characters."),
  publisher: z.string().trim().max(300, "publisher must be at most 300 characters."),
  excerpt: z.string().max(10_000, "excerpt must be at most 10,000 characters."),
  accessedAt: ZAccessedAtSchema,
};

export const ZCreateSourceSchema = z
  .strictObject({
    kind: sourceFields.kind.default("web"),
    confidential: sourceFields.confidential.default(false),
    contact: sourceFields.contact.optional(),
    url: sourceFields.url.optional(),
    title: sourceFields.title.optional(),
    publisher: sourceFields.publisher.optional(),
    excerpt: sourceFields.excerpt.optional(),
    accessedAt: sourceFields.accessedAt.optional(),
  })
  .refine((value) => Boolean(value.url || value.title), { message: "Give the source a url or a title (a person or a paper document may have only a title)." });
/** What callers pass (kind and confidential may be left to their defaults). */
export type TCreateSource = z.input<typeof ZCreateSourceSchema>;

/** `version` is optional for scripts; when given, a stale one is refused with 409. The UI always sends it. */
export const ZUpdateSourceSchema = z
  .strictObject({
    kind: sourceFields.kind.optional(),
    confidential: sourceFields.confidential.optional(),
    contact: sourceFields.contact.optional(),
    url: sourceFields.url.optional(),
    title: sourceFields.title.optional(),
    publisher: sourceFields.publisher.optional(),
    excerpt: sourceFields.excerpt.optional(),
    accessedAt: sourceFields.accessedAt.optional(),
    version: ZVersionSchema.optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== "version"), { message: "Nothing to change: give at least one field." });
export type TUpdateSource = z.infer<typeof ZUpdateSourceSchema>;

/** `POST /api/claims/:id/sources/reuse`: sources of an earlier claim of the same fact, copied onto this one. */
export const ZReuseSourcesSchema = z.strictObject({
  fromClaimId: z.string({ error: "fromClaimId is required: the claim the sources are on." }).regex(/^[a-z0-9]{1,64}$/, "fromClaimId must be a claim id."),
  sourceIds: z
    .array(z.string().regex(/^[a-z0-9]{1,64}$/, "sourceIds must be source ids."), { error: "sourceIds must be a list of source ids." })
    .min(1, "Choose at least one source to reuse.")
    .max(50, "At most 50 sources at a time.")
    .refine((ids) => new Set(ids).size === ids.length, "sourceIds lists a source twice."),
});
export type TReuseSources = z.infer<typeof ZReuseSourcesSchema>;
