import type { SourceKind } from "../claims/vocabulary";
import type { ClaimDto } from "../dto";
import { describeRange } from "../anchoring/describe-range";

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
export function buildAnnotationCollection({
  articleUrl,
  collectionUrl,
  claimUrl,
  title,
  text,
  claims,
}: {
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
