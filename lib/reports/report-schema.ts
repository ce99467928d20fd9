// Built in the browser too (the export menu, the settings form): zod must not compile parsers there.
import "@/lib/validation/zod-in-the-browser";
import { z } from "zod";
import { ANCHOR_STATES, CLAIM_KINDS, CLAIM_STATUSES, EDITOR_DECISIONS, SOURCE_KINDS } from "../claims/vocabulary";
import { ARTICLE_STATES } from "../workflow/article-workflow";

// The report as data. The JSON format is this schema (served as JSON Schema in the OpenAPI
// description), and the TypeScript types are inferred from it, so the two cannot drift.
// Field names are stable: add fields, never rename or remove them within a schema version.

export const REPORT_SCHEMA_ID = "https://factdesk.dev/schemas/claims-report/v2";

export const REPORT_TYPES = ["verified", "annotated", "corrections"] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REPORT_FORMATS = ["html", "md", "docx", "csv", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** CSV and JSON are tabular data and exist for the verified-claims report only. */
export const FORMATS_BY_TYPE: Record<ReportType, readonly ReportFormat[]> = {
  verified: REPORT_FORMATS,
  annotated: ["html", "md", "docx"],
  corrections: ["html", "md", "docx"],
};

export const REPORT_TITLES: Record<ReportType, string> = {
  verified: "Verified-claims report",
  annotated: "Annotated draft",
  corrections: "Corrections memo",
};

const ZPersonSchema = z.object({ id: z.string(), name: z.string() });
const ZTimestampSchema = z.iso.datetime().describe("ISO 8601, UTC");

export const ZReportOpenSourceSchema = z.object({
  confidential: z.literal(false),
  kind: z.enum(SOURCE_KINDS),
  url: z.string().describe('Absolute http(s) address, or "" when the source has none'),
  title: z.string(),
  publisher: z.string(),
  excerpt: z.string(),
  accessedAt: z.iso.date().nullable().describe("YYYY-MM-DD"),
  addedBy: ZPersonSchema,
  evidence: z
    .array(
      z.object({
        fileName: z.string(),
        contentType: z.string().describe("The media type the file's bytes show"),
        size: z.number().int().describe("Bytes"),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe("SHA-256 of the file as kept: the proof of which evidence the report relied on"),
      }),
    )
    .describe("Files kept as evidence on the source"),
});

/** A confidential source: that it exists and its kind, nothing that identifies it. */
export const ZReportConfidentialSourceSchema = z.object({
  confidential: z.literal(true),
  kind: z.enum(SOURCE_KINDS),
});

export const ZReportSourceSchema = z.discriminatedUnion("confidential", [ZReportOpenSourceSchema, ZReportConfidentialSourceSchema]);

export const ZReportCommentSchema = z.object({ author: ZPersonSchema, body: z.string(), createdAt: ZTimestampSchema });

export const ZReportClaimSchema = z.object({
  id: z.string(),
  number: z.int().min(1).describe("1-based position among all the article's claims in document order; stable under filters"),
  quote: z.string(),
  start: z.int().nullable().describe("Offset into the article text; null while the claim is orphaned"),
  paragraph: z.int().min(1).nullable().describe("The paragraph (from 1) the claim starts in; null while it is orphaned"),
  end: z.int().nullable(),
  kind: z.enum(CLAIM_KINDS),
  status: z.enum(CLAIM_STATUSES),
  note: z.string().nullable().describe("null when the report excludes notes"),
  anchorState: z.enum(ANCHOR_STATES),
  needsRecheck: z.boolean().describe("The text changed after the claim was checked"),
  previousQuote: z.string().nullable().describe("The claim's text before the change, until it is checked again"),
  correctedFrom: z
    .object({ quote: z.string(), status: z.enum(CLAIM_STATUSES) })
    .nullable()
    .describe("Judged incorrect or disputed, then verified on corrected words: the words and verdict as judged (until sign-off)"),
  assignee: ZPersonSchema.nullable(),
  statusChangedBy: ZPersonSchema.nullable(),
  statusChangedAt: ZTimestampSchema.nullable(),
  decision: z.enum(EDITOR_DECISIONS).nullable().describe("The editor's decision on an incorrect or disputed claim"),
  decisionNote: z.string().nullable().describe("null when the report excludes notes"),
  decidedBy: ZPersonSchema.nullable(),
  decidedAt: ZTimestampSchema.nullable(),
  noSourceReason: z.string().describe('Why the claim needs no source ("common knowledge: …"); "" when none was given'),
  sources: z.array(ZReportSourceSchema),
  comments: z.array(ZReportCommentSchema).nullable().describe("The claim's discussion; null when the report excludes internal comments"),
});

const countsBy = <T extends readonly [string, ...string[]]>(values: T) => z.record(z.enum(values), z.int().min(0));

export const ZReportSchema = z.object({
  $schema: z.literal(REPORT_SCHEMA_ID),
  type: z.enum(REPORT_TYPES),
  article: z.object({
    id: z.string(),
    title: z.string(),
    version: z.int().min(1),
    revision: z.int().min(1).nullable().describe("Number of the saved revision the report covers"),
    updatedAt: ZTimestampSchema,
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("SHA-256 of the article text the report covers, hex"),
    characters: z.int().min(0),
    state: z.enum(ARTICLE_STATES).describe("Where the article was in the workflow when the report was made: only signed_off is final"),
    signedOffBy: ZPersonSchema.nullable(),
    signedOffAt: ZTimestampSchema.nullable(),
  }),
  generatedAt: ZTimestampSchema,
  generatedBy: ZPersonSchema,
  filters: z.object({
    statuses: z.array(z.enum(CLAIM_STATUSES)).nullable().describe("null: every status"),
    kinds: z.array(z.enum(CLAIM_KINDS)).nullable().describe("null: every kind"),
    assignees: z.array(z.string()).nullable().describe('User ids, "none" for unassigned; null: anyone'),
    notes: z.boolean(),
    comments: z.boolean(),
  }),
  totals: z.object({
    articleClaims: z.int().min(0).describe("Every claim in the article, before filters"),
    claims: z.int().min(0).describe("Claims in this report"),
    resolved: z.int().min(0),
    needsRecheck: z.int().min(0),
    orphaned: z.int().min(0),
    byStatus: countsBy(CLAIM_STATUSES),
    byKind: countsBy(CLAIM_KINDS),
  }),
  coverage: z
    .object({
      sentences: z.int().min(0).describe("Sentences with a suggested or marked claim"),
      covered: z.int().min(0).describe("Of those, sentences with a marked claim"),
      ratio: z.number().min(0).max(1).nullable(),
    })
    .nullable()
    .describe("How much of what looks checkable has been marked (see the Suggestions tab); null when not computed"),
  claims: z.array(ZReportClaimSchema),
  discussion: z
    .array(ZReportCommentSchema)
    .nullable()
    .describe("The article's own discussion (comments on the article as a whole, not on one claim); null when the report excludes internal comments"),
  text: z.string().nullable().describe("The article text, for the annotated draft; null otherwise"),
});

export type Report = z.infer<typeof ZReportSchema>;
export type ReportClaim = z.infer<typeof ZReportClaimSchema>;
export type ReportSource = z.infer<typeof ZReportSourceSchema>;
export type ReportComment = z.infer<typeof ZReportCommentSchema>;
export type ReportFilters = Report["filters"];
