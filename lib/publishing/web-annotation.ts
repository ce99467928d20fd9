import { z } from "zod";
import { contextSimilarity } from "../anchoring/text-similarity";
import { CLAIM_KINDS, CLAIM_STATUSES, SOURCE_KINDS, type ClaimKind, type ClaimStatus, type SourceKind } from "../claims/vocabulary";
import type { ClaimDto } from "../dto";
import { describeRange } from "../anchoring/describe-range";
import { isWebAddress } from "../web-address";

// Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so they travel to
// and from other annotation tools. Each claim is an annotation whose target is the article with
// a TextQuoteSelector and a TextPositionSelector, and whose bodies carry the claim's status
// (purpose "assessing"), kind ("classifying"), note ("commenting") and sources ("linking").
// Factdesk's own terms (status, kind, source details) live in a small extension context.

export const FACTDESK_CONTEXT = { factdesk: "https://factdesk.dev/ns/annotation#" } as const;
export const ANNOTATION_CONTEXT = ["http://www.w3.org/ns/anno.jsonld", FACTDESK_CONTEXT] as const;

type SourceBody = {
  type: "SpecificResource";
  purpose: "linking";
  source?: string;
  "factdesk:sourceKind": SourceKind;
  "factdesk:confidential": boolean;
  "factdesk:title"?: string;
  "factdesk:publisher"?: string;
  "factdesk:excerpt"?: string;
  "factdesk:accessed"?: string;
};

export type ExportableClaim = Pick<ClaimDto, "id" | "quote" | "start" | "end" | "kind" | "status" | "note" | "createdAt" | "updatedAt" | "createdBy" | "sources">;

/** The article's claims as an AnnotationCollection; orphaned claims have no place to point at and are left out. */
export function buildAnnotationCollection({ articleUrl, collectionUrl, claimUrl, title, text, claims }: {
  articleUrl: string;
  collectionUrl: string;
  claimUrl: (claimId: string) => string;
  title: string;
  text: string;
  claims: ExportableClaim[];
}) {
  const placed = claims.filter((claim) => claim.start !== null && claim.end !== null && claim.end <= text.length && claim.end > claim.start);
  const items = placed.map((claim) => {
    const { quote, position } = describeRange(text, claim.start!, claim.end!);
    const bodies: unknown[] = [
      { type: "TextualBody", purpose: "assessing", value: claim.status, "factdesk:status": claim.status },
      { type: "TextualBody", purpose: "classifying", value: claim.kind, "factdesk:kind": claim.kind },
    ];
    if (claim.note.trim()) bodies.push({ type: "TextualBody", purpose: "commenting", value: claim.note, format: "text/plain" });
    for (const source of claim.sources) bodies.push(sourceBody(source));
    return {
      "@context": ANNOTATION_CONTEXT,
      id: claimUrl(claim.id),
      type: "Annotation",
      motivation: "assessing",
      created: claim.createdAt,
      modified: claim.updatedAt,
      creator: { type: "Person", name: claim.createdBy.name },
      body: bodies,
      target: { source: articleUrl, selector: [quote, position] },
    };
  });
  return {
    "@context": ANNOTATION_CONTEXT,
    id: collectionUrl,
    type: "AnnotationCollection",
    label: `Claims in “${title}”`,
    total: items.length,
    "factdesk:orphanedLeftOut": claims.length - placed.length,
    first: { type: "AnnotationPage", id: `${collectionUrl}#page1`, startIndex: 0, items },
  };
}

/** A confidential source leaves as its kind only, as in every report. */
function sourceBody(source: ClaimDto["sources"][number]): SourceBody {
  if (source.confidential) return { type: "SpecificResource", purpose: "linking", "factdesk:sourceKind": source.kind, "factdesk:confidential": true };
  return {
    type: "SpecificResource",
    purpose: "linking",
    ...(source.url ? { source: source.url } : {}),
    "factdesk:sourceKind": source.kind,
    "factdesk:confidential": false,
    ...(source.title ? { "factdesk:title": source.title } : {}),
    ...(source.publisher ? { "factdesk:publisher": source.publisher } : {}),
    ...(source.excerpt ? { "factdesk:excerpt": source.excerpt } : {}),
    ...(source.accessedAt ? { "factdesk:accessed": source.accessedAt } : {}),
  };
}

// ---- Import ---------------------------------------------------------------------------------

const ZQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1, "TextQuoteSelector.exact must not be empty.").max(10_000),
  prefix: z.string().max(10_000).optional(),
  suffix: z.string().max(10_000).optional(),
});
const ZPositionSelectorSchema = z.object({ type: z.literal("TextPositionSelector"), start: z.number().int().min(0), end: z.number().int().min(0) });
const ZSelectorSchema = z.union([ZQuoteSelectorSchema, ZPositionSelectorSchema, z.object({ type: z.string() })]);

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
  target: z.union([
    z.looseObject({ selector: z.union([ZSelectorSchema, z.array(ZSelectorSchema).max(10)]) }),
    z.array(z.looseObject({ selector: z.union([ZSelectorSchema, z.array(ZSelectorSchema).max(10)]) })).min(1),
  ], { error: "Each annotation needs a target with a TextQuoteSelector or TextPositionSelector." }),
});
export type WebAnnotation = z.infer<typeof ZAnnotationSchema>;

/** What a POST may send: a collection (its first page), a page (or any object with `items`), or one annotation. */
export const ZAnnotationImportSchema = z
  .union([
    z.looseObject({ type: z.literal("AnnotationCollection"), first: z.looseObject({ items: z.array(z.unknown()) }) }).transform((value) => value.first.items),
    z.looseObject({ type: z.literal("AnnotationPage"), items: z.array(z.unknown()) }).transform((value) => value.items),
    z.looseObject({ type: z.unknown(), items: z.array(z.unknown()) }).transform((value) => value.items),
    ZAnnotationSchema.transform((value) => [value] as unknown[]),
  ], { error: "Send a W3C AnnotationCollection, an AnnotationPage, or an Annotation." })
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
    const span = locate(text, quote, position);
    if (typeof span === "string") {
      problems.push({ index, quote: quote?.exact ?? "", reason: span });
      return;
    }
    claims.push({ ...span, ...readBodies(annotation) });
  });
  return { claims, problems };
}

const MAX_CANDIDATES = 500;

/** The position if it still holds the quote; else the quote's best occurrence by context and nearness. */
function locate(text: string, quote: z.infer<typeof ZQuoteSelectorSchema> | undefined, position: z.infer<typeof ZPositionSelectorSchema> | undefined): { start: number; end: number } | string {
  if (!quote) {
    if (!position) return "it has neither a TextQuoteSelector nor a TextPositionSelector";
    if (position.end <= position.start || position.end > text.length) return `its TextPositionSelector ${position.start}–${position.end} lies outside the article text`;
    return { start: position.start, end: position.end };
  }
  if (position && text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  const candidates: number[] = [];
  for (let at = text.indexOf(quote.exact); at >= 0 && candidates.length < MAX_CANDIDATES; at = text.indexOf(quote.exact, at + 1)) candidates.push(at);
  if (candidates.length === 0) return "its quoted text is not in the article";
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  const score = (at: number) => contextSimilarity(text, at, at + quote.exact.length, prefix, suffix);
  const best = candidates.reduce((chosen, at) => {
    const [a, b] = [score(at), score(chosen)];
    if (a !== b) return a > b ? at : chosen;
    const hint = position?.start ?? 0;
    return Math.abs(at - hint) < Math.abs(chosen - hint) ? at : chosen;
  });
  return { start: best, end: best + quote.exact.length };
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
    else if ((body.purpose === "classifying" || body.purpose === "tagging") && CLAIM_KINDS.includes((body["factdesk:kind"] ?? body.value) as ClaimKind)) kind = (body["factdesk:kind"] ?? body.value) as ClaimKind;
    else if (body.purpose === "linking" || body.type === "SpecificResource") sources.push(readSource(body));
    else if (typeof body.value === "string" && body.value.trim() && (body.purpose === undefined || body.purpose === "commenting" || body.purpose === "describing")) notes.push(body.value);
  }
  return { status, kind, note: notes.join("\n\n").slice(0, 20_000), sources: sources.slice(0, 50) };
}

function readSource(body: z.infer<typeof ZBodySchema>): ImportedSource {
  const field = (name: string, max: number) => (typeof body[`factdesk:${name}`] === "string" ? String(body[`factdesk:${name}`]).slice(0, max) : "");
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
    accessedAt: /^\d{4}-\d{2}-\d{2}$/.test(accessed) ? accessed : null,
  };
}
