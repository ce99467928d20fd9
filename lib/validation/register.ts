import { z } from "zod";
import { endOf, isPartialDate, startOf } from "@/lib/register/dates";
import { isWebAddress } from "@/lib/web-address";
import { ZVersionSchema } from "./common";

const ZPartialDateSchema = z.string().trim().refine(isPartialDate, "Title dates are written YYYY, YYYY-MM or YYYY-MM-DD.");

export const ZRegisterTitleSchema = z
  .strictObject({
    title: z.string().trim().min(1, "A title must not be empty.").max(200, "A title is at most 200 characters."),
    from: ZPartialDateSchema.nullable().optional(),
    to: ZPartialDateSchema.nullable().optional(),
    /** The country or organization the title belongs to ("Japan", "European Union"); "" for none. */
    jurisdiction: z.string().trim().max(200, "A jurisdiction is at most 200 characters.").optional(),
  })
  .refine((value) => !value.from || !value.to || startOf(value.from) <= endOf(value.to), { message: "A title's `from` must not be after its `to`." });

export const ZRegisterSourceSchema = z.strictObject({
  url: z.string().trim().max(2_000).refine(isWebAddress, "A register source's url must be an absolute http:// or https:// address."),
  title: z.string().trim().max(500).optional(),
  excerpt: z.string().max(5_000).optional(),
});

const ZNameSchema = z.string().trim().min(1, "name must not be empty.").max(200, "name is at most 200 characters.");

const entryFields = {
  name: ZNameSchema,
  kind: z.enum(["person", "organization"], { error: 'kind must be "person" or "organization".' }),
  variants: z.array(ZNameSchema).max(50, "At most 50 variants."),
  titles: z.array(ZRegisterTitleSchema).max(50, "At most 50 titles."),
  sources: z.array(ZRegisterSourceSchema).max(50, "At most 50 sources."),
  notes: z.string().max(5_000),
};

export const ZCreateRegisterEntrySchema = z.strictObject({
  name: entryFields.name,
  kind: entryFields.kind.default("person"),
  variants: entryFields.variants.default([]),
  titles: entryFields.titles.default([]),
  sources: entryFields.sources.default([]),
  notes: entryFields.notes.default(""),
});
export type TCreateRegisterEntry = z.output<typeof ZCreateRegisterEntrySchema>;

/** Lists (variants, titles, sources) given here replace the entry's. */
export const ZUpdateRegisterEntrySchema = z
  .strictObject({
    name: entryFields.name.optional(),
    kind: entryFields.kind.optional(),
    variants: entryFields.variants.optional(),
    titles: entryFields.titles.optional(),
    sources: entryFields.sources.optional(),
    notes: entryFields.notes.optional(),
    version: ZVersionSchema,
  })
  .refine((value) => Object.keys(value).some((key) => key !== "version"), { message: "Nothing to change: give at least one field." });
export type TUpdateRegisterEntry = z.output<typeof ZUpdateRegisterEntrySchema>;

export const ZRegisterQuerySchema = z.strictObject({
  q: z.string().trim().max(200, "q is at most 200 characters.").optional(),
  format: z.enum(["json", "csv"], { error: 'format must be "json" or "csv".' }).default("json"),
});

export const ZMergeRegisterEntriesSchema = z.strictObject({
  /** The entry merged into this one; it is removed, its names become variants here. */
  otherId: z.string().regex(/^[a-z0-9]{1,64}$/, "otherId must be a register entry id."),
  version: ZVersionSchema,
  otherVersion: ZVersionSchema,
});
export type TMergeRegisterEntries = z.output<typeof ZMergeRegisterEntriesSchema>;
