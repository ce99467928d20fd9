// Every action the activity log records, with the shape of its `before` and `after` values.
// The server writes only these (lib/server/activity/record-activity.ts takes this union), and the
// history renders them with an exhaustive switch (describe-activity.ts), so an action cannot be
// written without a sentence for people, nor rendered under a misspelt name.
import type { AnchorState, ClaimKind, ClaimStatus, EditorDecision } from "@/lib/claims/vocabulary";
import type { SourceDto } from "@/lib/dto";
import type { Role } from "@/lib/permissions";
import type { RatingScale } from "@/lib/publishing/rating-scale";
import type { ArticleState } from "@/lib/workflow/article-workflow";
import type { CheckingPolicy } from "@/lib/workflow/checking-policy";

export type ActivityEntity = "article" | "claim" | "source" | "user" | "comment" | "desk" | "register" | "proposal";

/** A claim's columns that its history follows. */
export type ClaimLoggedValues = {
  status: ClaimStatus;
  note: string;
  kind: ClaimKind;
  needsRecheck: boolean;
  anchorState: AnchorState;
  quote: string;
  start: number | null;
  end: number | null;
  assigneeId: string | null;
  decision: EditorDecision | null;
  decisionNote: string;
  noSourceReason: string;
};
export type ClaimLoggedField = keyof ClaimLoggedValues;
type ClaimChange = Partial<ClaimLoggedValues>;

/** What the history keeps of a source (everything a person entered). */
export type SourceSnapshot = Pick<SourceDto, "kind" | "confidential" | "contact" | "url" | "title" | "publisher" | "excerpt" | "accessedAt">;

/** What the history keeps of an evidence file (recorded on its source, so a confidential source's files are hidden as it is). */
export type EvidenceSnapshot = { evidenceId: string; fileName: string; contentType: string; size: number; sha256: string };

/** The earlier claim a source was copied from ("claims seen before"). */
export type ReusedFrom = { claimId: string; articleId: string; articleTitle: string };

/** Where a claim came from, when not marked by hand. */
export type ClaimOrigin = "suggestion" | "web annotation import";

export type ClaimCreatedValues = {
  kind: ClaimKind;
  status: ClaimStatus;
  note?: string;
  quote: string;
  start: number | null;
  end: number | null;
  sources?: number;
  from?: ClaimOrigin;
};

export type ReanchorCounts = { anchored: number; shifted: number; orphaned: number; needsRecheck: number };
type AnchorValues = { anchorState: AnchorState; quote: string; start: number | null; end: number | null; needsRecheck: boolean };
type DeskSettingsValues = Partial<{ organizationName: string; organizationUrl: string; ratingScale: RatingScale; checkingPolicy: CheckingPolicy }>;
type RegisterChange = Record<string, unknown>;
type RegisterSnapshot = { name: string; variants: string[]; titles: unknown[]; sources: unknown[]; notes: string };

/** action → the entity it is about, and what `before` and `after` hold (`never`: not recorded). */
export type ActivityShapes = {
  "article.created": { entity: "article"; before: never; after: { title: string; from: string; characters: number } };
  "article.edited": {
    entity: "article";
    before: { version: number; title: string; characters: number };
    after: { version: number; title: string; characters: number; claims: ReanchorCounts };
  };
  "article.transitioned": { entity: "article"; before: { state: ArticleState }; after: { state: ArticleState; reason?: string } };
  "article.lead_checker": { entity: "article"; before: { leadCheckerId: string | null }; after: { leadCheckerId: string | null } };
  "article.published_url": { entity: "article"; before: { publishedUrl: string }; after: { publishedUrl: string } };
  "article.coverage_waiver": { entity: "article"; before: { coverageWaiver: string }; after: { coverageWaiver: string } };
  "article.publication_date": { entity: "article"; before: { publicationDate: string | null }; after: { publicationDate: string | null } };
  "article.deleted": { entity: "article"; before: { title: string; version: number; claims: number }; after: never };
  "claim.created": { entity: "claim"; before: never; after: ClaimCreatedValues };
  "claim.updated": { entity: "claim"; before: ClaimChange & { bulk?: true }; after: ClaimChange & { bulk?: true } };
  "claim.reattached": { entity: "claim"; before: ClaimChange; after: ClaimChange };
  "claim.rechecked": { entity: "claim"; before: ClaimChange; after: ClaimChange };
  "claim.decided": { entity: "claim"; before: ClaimChange; after: ClaimChange };
  "claim.reanchored": { entity: "claim"; before: AnchorValues; after: AnchorValues };
  "claim.deleted": {
    entity: "claim";
    before: { kind: ClaimKind; status: ClaimStatus; note: string; quote: string; start: number | null; end: number | null; sources: number };
    after: never;
  };
  "claim.thread_resolved": { entity: "claim"; before: never; after: never };
  "claim.thread_reopened": { entity: "claim"; before: never; after: never };
  "source.added": { entity: "source"; before: never; after: SourceSnapshot & { reusedFrom?: ReusedFrom } };
  "source.updated": { entity: "source"; before: Partial<SourceSnapshot>; after: Partial<SourceSnapshot> };
  "source.removed": { entity: "source"; before: SourceSnapshot; after: never };
  "source.evidence_added": { entity: "source"; before: never; after: EvidenceSnapshot };
  "source.evidence_removed": { entity: "source"; before: EvidenceSnapshot; after: never };
  "proposal.made": { entity: "proposal"; before: never; after: { quote: string; replacement: string; note: string } };
  "proposal.accepted": {
    entity: "proposal";
    before: { quote: string; status: ClaimStatus };
    after: { quote: string; status: ClaimStatus; revision: number; proposedById: string; note: string };
  };
  "proposal.rejected": { entity: "proposal"; before: never; after: { quote: string; replacement: string; proposedById: string; note: string } };
  "comment.added": { entity: "comment"; before: never; after: { body: string } };
  "comment.edited": { entity: "comment"; before: { body: string }; after: { body: string } };
  "comment.deleted": { entity: "comment"; before: { body: string; authorId: string }; after: never };
  "suggestion.dismissed": { entity: "article"; before: never; after: { kind: string; quote: string } };
  "user.invited": { entity: "user"; before: never; after: { email: string; role: Role } };
  "user.joined": { entity: "user"; before: never; after: { email: string | null; role: Role; via?: string } };
  "user.updated": { entity: "user"; before: { role: Role; active: boolean }; after: { role: Role; active: boolean } };
  "user.password_changed": { entity: "user"; before: never; after: { tokensRevoked: number } };
  "user.sessions_ended": { entity: "user"; before: never; after: { reason: string } };
  "user.token_created": { entity: "user"; before: never; after: { tokenId: string; name: string } };
  "user.token_revoked": { entity: "user"; before: never; after: { tokenId: string } };
  "register.created": { entity: "register"; before: never; after: { name: string; titles?: number; sources?: number; from?: string } };
  "register.updated": { entity: "register"; before: RegisterChange; after: RegisterChange };
  "register.deleted": { entity: "register"; before: { name: string }; after: never };
  "register.merged": {
    entity: "register";
    before: { kept: RegisterSnapshot; merged: RegisterSnapshot & { id: string } };
    after: { name: string; variants: string[]; titles: number; sources: number };
  };
  "register.merged_into": { entity: "register"; before: RegisterSnapshot; after: { id: string; name: string } };
  "desk.settings": { entity: "desk"; before: DeskSettingsValues; after: DeskSettingsValues };
};

export type ActivityAction = keyof ActivityShapes;

type Values<A extends ActivityAction, K extends "before" | "after"> = [ActivityShapes[A][K]] extends [never] ? { [P in K]?: undefined } : { [P in K]: ActivityShapes[A][K] };

/** One entry as written: who, what, about which entity, and the values its action carries. */
export type ActivityOf<A extends ActivityAction> = {
  action: A;
  actorId: string;
  entityType: ActivityShapes[A]["entity"];
  entityId: string;
  articleId?: string | null;
  claimId?: string | null;
} & Values<A, "before"> &
  Values<A, "after">;

export type Activity = { [A in ActivityAction]: ActivityOf<A> }[ActivityAction];

/** An entry as read back for a history: the stored values under their action's types. */
export type ActivityEntry = {
  [A in ActivityAction]: { action: A; before: ActivityShapes[A]["before"] | null; after: ActivityShapes[A]["after"] | null };
}[ActivityAction];

/** Every action, for tests and tools that go through them all. */
export const ACTIVITY_ACTIONS = [
  "article.created",
  "article.edited",
  "article.transitioned",
  "article.lead_checker",
  "article.published_url",
  "article.coverage_waiver",
  "article.publication_date",
  "article.deleted",
  "claim.created",
  "claim.updated",
  "claim.reattached",
  "claim.rechecked",
  "claim.decided",
  "claim.reanchored",
  "claim.deleted",
  "claim.thread_resolved",
  "claim.thread_reopened",
  "source.added",
  "source.updated",
  "source.removed",
  "source.evidence_added",
  "source.evidence_removed",
  "proposal.made",
  "proposal.accepted",
  "proposal.rejected",
  "comment.added",
  "comment.edited",
  "comment.deleted",
  "suggestion.dismissed",
  "user.invited",
  "user.joined",
  "user.updated",
  "user.password_changed",
  "user.sessions_ended",
  "user.token_created",
  "user.token_revoked",
  "register.created",
  "register.updated",
  "register.deleted",
  "register.merged",
  "register.merged_into",
  "desk.settings",
] as const satisfies readonly ActivityAction[];

// Fails to compile when an action is missing from the list above.
const everyActionListed: Exclude<ActivityAction, (typeof ACTIVITY_ACTIONS)[number]> extends never ? true : false = true;
void everyActionListed;
