// The fixed vocabulary of claims, shared by the server, the UI and the reports.

export const CLAIM_KINDS = ["name", "title", "organization", "place", "number", "date", "quote", "event", "other"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_STATUSES = ["unchecked", "in_progress", "verified", "incorrect", "disputed", "unverifiable"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const EDITOR_DECISIONS = ["corrected", "kept", "removed"] as const;
export type EditorDecision = (typeof EDITOR_DECISIONS)[number];

export const DECISION_LABELS: Record<EditorDecision, string> = {
  corrected: "Corrected in the text",
  kept: "Kept, with explanation",
  removed: "Removed from the text",
};

/** Statuses on which an editor records a decision. */
export const DECIDABLE_STATUSES: readonly ClaimStatus[] = ["incorrect", "disputed"];

export const ANCHOR_STATES = ["anchored", "shifted", "orphaned"] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/** A claim is resolved once a checker has reached a verdict on it. */
export const RESOLVED_STATUSES: readonly ClaimStatus[] = ["verified", "incorrect", "disputed", "unverifiable"];

export function isResolved(status: ClaimStatus): boolean {
  return RESOLVED_STATUSES.includes(status);
}

export const KIND_LABELS: Record<ClaimKind, string> = {
  name: "Name",
  title: "Title",
  organization: "Organization",
  place: "Place",
  number: "Number",
  date: "Date",
  quote: "Quote",
  event: "Event",
  other: "Other",
};

/**
 * Each status has a colour (Okabe–Ito palette, distinguishable with the common colour-vision
 * deficiencies) and, because colour is never the only cue, a symbol and a label.
 */
export const STATUS_DISPLAY: Record<ClaimStatus, { label: string; symbol: string }> = {
  unchecked: { label: "Unchecked", symbol: "○" },
  in_progress: { label: "In progress", symbol: "◔" },
  verified: { label: "Verified", symbol: "✓" },
  incorrect: { label: "Incorrect", symbol: "✗" },
  disputed: { label: "Disputed", symbol: "!" },
  unverifiable: { label: "Unverifiable", symbol: "?" },
};

export const SOURCE_KINDS = ["web", "document", "person", "dataset", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  web: "Web page",
  document: "Document",
  person: "Person",
  dataset: "Dataset",
  other: "Other",
};
