import { z } from "zod";
import { CLAIM_KINDS, CLAIM_STATUSES, EDITOR_DECISIONS } from "@/lib/claims/vocabulary";
import { ZIdSchema, ZVersionSchema } from "./common";
import { MAX_INT32 } from "./storable";

const ZKindSchema = z.enum(CLAIM_KINDS, { error: `kind must be one of: ${CLAIM_KINDS.join(", ")}.` });
const ZStatusSchema = z.enum(CLAIM_STATUSES, { error: `status must be one of: ${CLAIM_STATUSES.join(", ")}.` });
const ZNoteSchema = z.string().max(20_000, "note must be at most 20,000 characters.");
const ZOffsetSchema = z.number().int("offsets must be whole numbers.").min(0, "offsets must not be negative.").max(MAX_INT32, `offsets are at most ${MAX_INT32}.`);

export const ZCreateClaimSchema = z
  .strictObject({
    quote: z.string().min(1, "quote must not be empty.").max(10_000, "quote must be at most 10,000 characters.").optional(),
    occurrence: z.number().int().min(1, "occurrence counts from 1.").max(MAX_INT32, `occurrence is at most ${MAX_INT32}.`).optional(),
    start: ZOffsetSchema.optional(),
    end: ZOffsetSchema.optional(),
    kind: ZKindSchema,
    status: ZStatusSchema.optional(),
    note: ZNoteSchema.optional(),
    /** The article version the offsets or quote were read from; a newer article is a conflict. */
    articleVersion: ZVersionSchema.optional(),
  })
  .superRefine((value, context) => {
    const byQuote = value.quote !== undefined;
    const byOffsets = value.start !== undefined || value.end !== undefined;
    if (byQuote === byOffsets) {
      context.addIssue({ code: "custom", message: "Give either quote (with an optional occurrence) or start and end, not both." });
    } else if (byOffsets && (value.start === undefined || value.end === undefined)) {
      context.addIssue({ code: "custom", message: "start and end must be given together." });
    } else if (!byQuote && value.occurrence !== undefined) {
      context.addIssue({ code: "custom", message: "occurrence goes with quote." });
    }
  });
export type TCreateClaim = z.infer<typeof ZCreateClaimSchema>;

export const ZUpdateClaimSchema = z
  .strictObject({
    status: ZStatusSchema.optional(),
    note: ZNoteSchema.optional(),
    kind: ZKindSchema.optional(),
    /** `false` confirms a claim whose text changed since it was checked. */
    needsRecheck: z.literal(false, { error: "needsRecheck can only be set to false (confirming the claim)." }).optional(),
    /** Re-attaches the claim (an orphaned one, typically) to a new span of the article text. */
    start: ZOffsetSchema.optional(),
    end: ZOffsetSchema.optional(),
    articleVersion: ZVersionSchema.optional(),
    /** The checker the claim is assigned to, or null to unassign. */
    assigneeId: z
      .string()
      .regex(/^[a-z0-9]{1,64}$/, "assigneeId must be a user id.")
      .nullable()
      .optional(),
    /** The editor's decision on an incorrect or disputed claim, or null to withdraw it. */
    decision: z
      .enum(EDITOR_DECISIONS, { error: `decision must be one of: ${EDITOR_DECISIONS.join(", ")}, or null.` })
      .nullable()
      .optional(),
    decisionNote: z.string().max(20_000, "decisionNote must be at most 20,000 characters.").optional(),
    /** Why a verified claim needs no source, e.g. "Common knowledge: …" ("" withdraws it). */
    noSourceReason: z.string().trim().max(2_000, "noSourceReason must be at most 2,000 characters.").optional(),
    version: ZVersionSchema,
  })
  .superRefine((value, context) => {
    if ((value.start === undefined) !== (value.end === undefined)) {
      context.addIssue({ code: "custom", message: "start and end must be given together." });
    } else if (
      value.status === undefined &&
      value.note === undefined &&
      value.kind === undefined &&
      value.needsRecheck === undefined &&
      value.start === undefined &&
      value.assigneeId === undefined &&
      value.decision === undefined &&
      value.decisionNote === undefined &&
      value.noSourceReason === undefined
    ) {
      context.addIssue({ code: "custom", message: "Nothing to change: give status, note, kind, assigneeId, decision, noSourceReason, needsRecheck or start and end." });
    }
  });
export type TUpdateClaim = z.infer<typeof ZUpdateClaimSchema>;
/** What the workspace changes on a claim it holds (the version is added when sending). */
export type TClaimChange = Omit<TUpdateClaim, "version" | "start" | "end" | "articleVersion">;

export const ZBulkUpdateClaimsSchema = z
  .strictObject({
    /** Each selected claim with the version the user saw. */
    claims: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z0-9]{1,64}$/, "claims[].id must be a claim id."), version: ZVersionSchema }))
      .min(1, "Select at least one claim.")
      .max(1_000, "At most 1,000 claims at once."),
    status: ZStatusSchema.optional(),
    kind: ZKindSchema.optional(),
    assigneeId: z
      .string()
      .regex(/^[a-z0-9]{1,64}$/, "assigneeId must be a user id.")
      .nullable()
      .optional(),
  })
  .refine((value) => value.status !== undefined || value.kind !== undefined || value.assigneeId !== undefined, {
    message: "Nothing to change: give status, kind or assigneeId.",
  })
  .refine((value) => new Set(value.claims.map((claim) => claim.id)).size === value.claims.length, { message: "A claim is listed twice." });
export type TBulkUpdateClaims = z.infer<typeof ZBulkUpdateClaimsSchema>;
/** The change applied to every selected claim. */
export type TClaimsBulkChange = Omit<TBulkUpdateClaims, "claims">;

export const ZQueueQuerySchema = z.strictObject({
  status: z.enum(CLAIM_STATUSES).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  articleId: ZIdSchema.optional(),
});

/** The queue's filters as the My queue page reads them from its address: a value it does not know is ignored. */
export const ZQueuePageFiltersSchema = z.object({
  status: ZQueueQuerySchema.shape.status.catch(undefined),
  kind: ZQueueQuerySchema.shape.kind.catch(undefined),
});
