import { z } from "zod";
import { CLAIM_KINDS, CLAIM_STATUSES } from "@/lib/claims/vocabulary";
import { FORMATS_BY_TYPE, REPORT_FORMATS, REPORT_TYPES } from "@/lib/reports/report-schema";

/** A comma-separated list in a query parameter, each entry checked against `item`. */
function commaList<T extends z.ZodType<string, string>>(item: T, name: string) {
  return z
    .string()
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(item).min(1, `${name} must name at least one value.`).max(50, `${name} takes at most 50 values.`))
    .optional();
}

const includeExclude = (name: string, fallback: "include" | "exclude") =>
  z
    .enum(["include", "exclude"], { error: `${name} must be "include" or "exclude".` })
    .default(fallback)
    .transform((value) => value === "include");

export const ZReportQuerySchema = z
  .strictObject({
    type: z.enum(REPORT_TYPES, { error: `type must be one of: ${REPORT_TYPES.join(", ")}.` }).default("verified"),
    format: z.enum(REPORT_FORMATS, { error: `format must be one of: ${REPORT_FORMATS.join(", ")}.` }).default("md"),
    status: commaList(z.enum(CLAIM_STATUSES, { error: `status takes: ${CLAIM_STATUSES.join(", ")}.` }), "status"),
    kind: commaList(z.enum(CLAIM_KINDS, { error: `kind takes: ${CLAIM_KINDS.join(", ")}.` }), "kind"),
    assignee: commaList(z.string().regex(/^[a-z0-9]{1,64}$/, 'assignee takes user ids, or "none" for unassigned claims.'), "assignee"),
    notes: includeExclude("notes", "include"),
    comments: includeExclude("comments", "exclude"),
  })
  .refine((query) => FORMATS_BY_TYPE[query.type].includes(query.format), {
    message: "CSV and JSON are available for the verified-claims report only (type=verified); the other documents come as html, md or docx.",
  });
