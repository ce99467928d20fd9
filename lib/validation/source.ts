import { z } from "zod";
import { ZVersionSchema } from "./common";

const ZUrlSchema = z
  .string({ error: "url is required." })
  .trim()
  .max(2_000, "url must be at most 2,000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "url must be an absolute http:// or https:// address.");

const ZAccessedAtSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "accessedAt must be a date written YYYY-MM-DD.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "accessedAt is not a real date.")
  .nullable();

const sourceFields = {
  url: ZUrlSchema,
  title: z.string().trim().max(500, "title must be at most 500 characters."),
  publisher: z.string().trim().max(300, "publisher must be at most 300 characters."),
  excerpt: z.string().max(10_000, "excerpt must be at most 10,000 characters."),
  accessedAt: ZAccessedAtSchema,
};

export const ZCreateSourceSchema = z.strictObject({
  url: sourceFields.url,
  title: sourceFields.title.optional(),
  publisher: sourceFields.publisher.optional(),
  excerpt: sourceFields.excerpt.optional(),
  accessedAt: sourceFields.accessedAt.optional(),
});
export type TCreateSource = z.infer<typeof ZCreateSourceSchema>;

/** `version` is optional for scripts; when given, a stale one is refused with 409. The UI always sends it. */
export const ZUpdateSourceSchema = z
  .strictObject({
    url: sourceFields.url.optional(),
    title: sourceFields.title.optional(),
    publisher: sourceFields.publisher.optional(),
    excerpt: sourceFields.excerpt.optional(),
    accessedAt: sourceFields.accessedAt.optional(),
    version: ZVersionSchema.optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== "version"), { message: "Nothing to change: give at least one field." });
export type TUpdateSource = z.infer<typeof ZUpdateSourceSchema>;
