import { z } from "zod";
import { anchorSelectors } from "../anchoring/anchor-selectors";
import { CLAIM_KINDS, CLAIM_STATUSES, SOURCE_KINDS, type ClaimKind, type ClaimStatus, type SourceKind } from "../claims/vocabulary";
import { isAccessDate } from "../validation/source";
import { truncateText } from "../validation/storable";
import { isWebAddress } from "../web-address";

// Claims from W3C Web Annotations, ours (web-annotation-export.ts) or another tool's: the
// annotations are validated, placed in the article's current text by their selectors through the
// one anchoring entry point, and their bodies read back into status, kind, note and sources.

const ZQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1, "TextQuoteSelector.exact must not be empty.").max(10_000),
  prefix: z.string().max(10_000).optional(),
  suffix: z.string().max(10_000).optional(),
});
const ZPositionSelectorSchema = z.object({ type: z.literal("TextPositionSelector"), start: z.number().int().min(0), end: z.number().int().min(0) });
// Selectors of other kinds (CSS, XPath, …) are passed over; a quote or position selector must be well-formed.
const ZOtherSelectorSchema = z.object({
  type: z
    .string()
    .refine(
      (type) => type !== "TextQuoteSelector" && type !== "TextPositionSelector",
      "A TextQuoteSelector needs exact (text); a TextPositionSelector needs whole-number start and end.",
    ),
});
const ZSelectorSchema = z.union([ZQuoteSelectorSchema, ZPositionSelectorSchema, ZOtherSelectorSchema]);

const ZBodySchema = z.looseObject({
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().max(20_000).optional(),
  source: z.string().max(2_000).optional(),
  id: z.string().max(2_000).optional(),
});

const ZAnnotationSchema = z.looseObject({
  type: z.union([z.literal("Annotation"), z.array(z.string()).refine((types) => types.includes("Annotation"))], { error: 'Each item must have type "Annotation".' }),
  body: z.union([ZBodySchema, z.array(ZBodySchema).max(100)]).optional(),
  bodyValue: z.string().max(20_000).optional(),
  target: z.union(
    [
      z.looseObject({ selector: z.union([ZSelectorSchema, z.array(ZSelectorSchema).max(10)]) }),
      z.array(z.looseObject({ selector: z.union([ZSelectorSchema, z.array(ZSelectorSchema).max(10)]) })).min(1),
    ],
    { error: "Each annotation needs a target with a TextQuoteSelector or TextPositionSelector." },
  ),
});
export type WebAnnotation = z.infer<typeof ZAnnotationSchema>;

/** What a POST may send: a collection (its first page), a page (or any object with `items`), or one annotation. */
export const ZAnnotationImportSchema = z
  .union(
    [
      z.looseObject({ type: z.literal("AnnotationCollection"), first: z.looseObject({ items: z.array(z.unknown()) }) }).transform((value) => value.first.items),
      z.looseObject({ type: z.literal("AnnotationPage"), items: z.array(z.unknown()) }).transform((value) => value.items),
      z.looseObject({ type: z.unknown(), items: z.array(z.unknown()) }).transform((value) => value.items),
      ZAnnotationSchema.transform((value) => [value] as unknown[]),
    ],
    { error: "Send a W3C AnnotationCollection, an AnnotationPage, or an Annotation." },
  )
  .pipe(z.array(ZAnnotationSchema).min(1, "There are no annotations to import.").max(5_000, "At most 5,000 annotations at once."));

export type ImportedSource = { kind: SourceKind; confidential: boolean; url: string; title: string; publisher: string; excerpt: string; accessedAt: string | null };
export type ImportedClaim = { start: number; end: number; kind: ClaimKind; status: ClaimStatus; note: string; sources: ImportedSource[] };
export type ImportProblem = { index: number; quote: string; reason: string };

/** Turns parsed annotations into claims located in `text`; annotations that cannot be placed come back as problems. */
export function locateAnnotations(text: string, annotations: WebAnnotation[]): { claims: ImportedClaim[]; problems: ImportProblem[] } {
  const claims: ImportedClaim[] = [];
  const problems: ImportProblem[] = [];
  annotations.forEach((annotation, index) => {
    const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
    const selectors = targets.flatMap((target) => (Array.isArray(target.selector) ? target.selector : [target.selector]));
    const quote = selectors.find((selector): selector is z.infer<typeof ZQuoteSelectorSchema> => selector.type === "TextQuoteSelector");
    const position = selectors.find((selector): selector is z.infer<typeof ZPositionSelectorSchema> => selector.type === "TextPositionSelector");
    const span = anchorSelectors(text, { quote, position });
    if ("problem" in span) {
      problems.push({ index, quote: quote?.exact ?? "", reason: span.problem });
      return;
    }
    claims.push({ ...span, ...readBodies(annotation) });
  });
  return { claims, problems };
}

function readBodies(annotation: WebAnnotation): Omit<ImportedClaim, "start" | "end"> {
  const bodies = annotation.body === undefined ? [] : Array.isArray(annotation.body) ? annotation.body : [annotation.body];
  let status: ClaimStatus = "unchecked";
  let kind: ClaimKind = "other";
  const notes: string[] = annotation.bodyValue ? [annotation.bodyValue] : [];
  const sources: ImportedSource[] = [];
  for (const body of bodies) {
    const value = typeof body["factdesk:status"] === "string" ? body["factdesk:status"] : body.value;
    if (body.purpose === "assessing" && CLAIM_STATUSES.includes(value as ClaimStatus)) status = value as ClaimStatus;
    else if ((body.purpose === "classifying" || body.purpose === "tagging") && CLAIM_KINDS.includes((body["factdesk:kind"] ?? body.value) as ClaimKind))
      kind = (body["factdesk:kind"] ?? body.value) as ClaimKind;
    else if (body.purpose === "linking" || body.type === "SpecificResource") sources.push(readSource(body));
    else if (typeof body.value === "string" && body.value.trim() && (body.purpose === undefined || body.purpose === "commenting" || body.purpose === "describing"))
      notes.push(body.value);
  }
  return { status, kind, note: truncateText(notes.join("\n\n"), 20_000), sources: sources.slice(0, 50) };
}

function readSource(body: z.infer<typeof ZBodySchema>): ImportedSource {
  const field = (name: string, max: number) => (typeof body[`factdesk:${name}`] === "string" ? truncateText(String(body[`factdesk:${name}`]), max) : "");
  const kind = SOURCE_KINDS.includes(body["factdesk:sourceKind"] as SourceKind) ? (body["factdesk:sourceKind"] as SourceKind) : "web";
  const confidential = body["factdesk:confidential"] === true;
  const address = body.source ?? body.id ?? "";
  const url = address.length <= 2_000 && isWebAddress(address) ? address : "";
  const accessed = field("accessed", 10);
  return {
    kind,
    confidential,
    url,
    title: field("title", 500) || (confidential ? `Confidential source (${kind})` : url ? "" : "Untitled source"),
    publisher: field("publisher", 300),
    excerpt: field("excerpt", 10_000),
    accessedAt: isAccessDate(accessed) ? accessed : null,
  };
}
