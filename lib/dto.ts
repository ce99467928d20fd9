// Plain, serialisable shapes that the API returns and the pages hand to client components.
import type { ActivityEntry } from "./activity/activity-types";
import type { AnchorState, ClaimKind, ClaimStatus, EditorDecision, SourceKind } from "./claims/vocabulary";
import type { Role } from "./permissions";
import type { ProposalState } from "./proposals/proposal-rules";
import type { RatingScale } from "./publishing/rating-scale";
import type { CheckingPolicy } from "./workflow/checking-policy";
import type { ArticleState } from "./workflow/article-workflow";
import type { EvidenceMediaType } from "./evidence/media-types";

export type PersonRef = { id: string; name: string };

export type ArticleDto = {
  id: string;
  title: string;
  /** The body as plain text; every claim offset indexes into it. */
  text: string;
  version: number;
  state: ArticleState;
  leadChecker: PersonRef | null;
  signedOffBy: PersonRef | null;
  signedOffAt: string | null;
  /** Where the article is published ("" until it is); used for ClaimReview markup. */
  publishedUrl: string;
  /** An editor's reason to check the article below the desk's minimum coverage ("" if none). */
  coverageWaiver: string;
  /** The article's dateline or publication date (YYYY-MM-DD), the day the register checks for; null if not set. */
  publicationDate: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: PersonRef;
  updatedBy: PersonRef;
};

export type ArticleWithBodyDto = ArticleDto & { body: unknown };

export type RevisionSummaryDto = { number: number; title: string; createdAt: string; createdBy: PersonRef; characters: number };
export type RevisionDto = RevisionSummaryDto & { text: string };

/** One entry of a history: who and when, and the action with its typed values. */
export type HistoryEventDto = { id: string; at: string; actor: PersonRef } & ActivityEntry;

export type ArticleSummaryDto = {
  id: string;
  title: string;
  state: ArticleState;
  createdAt: string;
  updatedAt: string;
  createdBy: PersonRef;
  leadChecker: PersonRef | null;
  claimCount: number;
  resolvedCount: number;
  incorrectCount: number;
  disputedCount: number;
  recheckCount: number;
};

/** One page of the article list: `total` matches the filters; `nextCursor` fetches the page after (null on the last). */
export type ArticlePageDto = {
  articles: ArticleSummaryDto[];
  total: number;
  page: number | null;
  pageSize: number;
  nextCursor: string | null;
};

export type SourceDto = {
  id: string;
  claimId: string;
  kind: SourceKind;
  /** Protected (e.g. spoke on background): reports show only that it exists and its kind. */
  confidential: boolean;
  /** How to reach the source again; never exported. */
  contact: string;
  /** "" for a source without an address (a person, a paper document). */
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  /** YYYY-MM-DD */
  accessedAt: string | null;
  version: number;
  addedBy: PersonRef;
  createdAt: string;
  updatedAt: string;
  /** A confidential source whose details this reader may not see: only its kind is given. */
  detailsHidden: boolean;
  /** Files kept as evidence (none listed when the details are hidden). */
  evidence: EvidenceFileDto[];
};

export type ClaimDto = {
  id: string;
  articleId: string;
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets into the article text; null while the claim is orphaned. */
  start: number | null;
  end: number | null;
  kind: ClaimKind;
  status: ClaimStatus;
  note: string;
  anchorState: AnchorState;
  /** The text changed after the claim was checked; its verdict must be confirmed. */
  needsRecheck: boolean;
  /** The claim's text before edits changed it, until the claim is checked again. */
  previousQuote: string | null;
  /** Judged incorrect or disputed, then verified on corrected words: the words and verdict as judged (until sign-off). */
  correctedQuote: string | null;
  correctedStatus: ClaimStatus | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: PersonRef;
  updatedBy: PersonRef;
  statusChangedBy: PersonRef | null;
  statusChangedAt: string | null;
  assigneeId: string | null;
  assignee: PersonRef | null;
  /** The editor's decision on an incorrect or disputed claim. */
  decision: EditorDecision | null;
  decisionNote: string;
  /** What a suggestion or the register said when the claim was made from it (never the checker's words). */
  hint: string;
  /** Why a verified claim needs no source ("common knowledge: …"), as the checking policy asks. */
  noSourceReason: string;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  commentCount: number;
  threadResolvedAt: string | null;
  threadResolvedBy: PersonRef | null;
  sources: SourceDto[];
  /** Open proposals to change the claim's words, oldest first. */
  proposals: ProposalDto[];
};

/** A proposed change to a claim's words (suggesting mode). */
export type ProposalDto = {
  id: string;
  claimId: string;
  /** The claim's words it was proposed for. */
  quote: string;
  replacement: string;
  note: string;
  state: ProposalState;
  /** Open, and the claim is still on the words it was proposed for: it can be accepted. */
  applies: boolean;
  proposedBy: PersonRef;
  createdAt: string;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionNote: string;
  /** The article version its acceptance saved. */
  revision: number | null;
};

export type UserDto = { id: string; name: string; email: string; role: Role; handle: string };

/**
 * `claimId`: the claim discussed, or null for a comment on the article as a whole. `replyToId`: the
 * comment this one answers (null for a comment that starts a thread).
 */
export type CommentDto = {
  id: string;
  articleId: string;
  claimId: string | null;
  replyToId: string | null;
  author: PersonRef;
  body: string;
  createdAt: string;
  editedAt: string | null;
};

export type NotificationDto = {
  id: string;
  kind: string;
  actor: PersonRef;
  articleId: string;
  /** The article's title now ("" once it is deleted). */
  articleTitle: string;
  /** "" for news about the article itself. */
  claimId: string;
  /** The claim's words now, when it is about a claim that still exists. */
  claimQuote: string | null;
  commentId: string;
  excerpt: string;
  readAt: string | null;
  createdAt: string;
};

export type ApiTokenDto = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export type AdminUserDto = UserDto & { active: boolean; createdAt: string };

export type QueueItemDto = {
  claim: Pick<ClaimDto, "id" | "quote" | "kind" | "status" | "needsRecheck" | "anchorState" | "createdAt">;
  article: { id: string; title: string; state: ArticleState };
};

export type DeskSettingsDto = {
  organizationName: string;
  organizationUrl: string;
  ratingScale: RatingScale;
  /** What must hold before an article is checked or signed off. */
  checkingPolicy: CheckingPolicy;
  /** 0 until the settings are first saved. */
  version: number;
  updatedAt: string | null;
  updatedBy: PersonRef | null;
};

/** `jurisdiction`: the country or organization the title belongs to, or "". */
export type RegisterTitleDto = { title: string; from: string | null; to: string | null; jurisdiction: string };
export type RegisterSourceDto = { url: string; title: string; excerpt: string };

export type RegisterEntryDto = {
  id: string;
  name: string;
  kind: "person" | "organization";
  variants: string[];
  titles: RegisterTitleDto[];
  sources: RegisterSourceDto[];
  notes: string;
  version: number;
  verifiedBy: PersonRef;
  createdAt: string;
  updatedAt: string;
};

/** An earlier claim stating the same fact, in another article, with what it was checked against. */
export type SimilarClaimDto = {
  id: string;
  href: string;
  article: { id: string; title: string };
  quote: string;
  kind: ClaimKind;
  status: ClaimStatus;
  /** When and by whom its status was last set (null while unchecked). */
  checkedAt: string | null;
  checkedBy: PersonRef | null;
  createdAt: string;
  /** 0–1: how closely its terms match (lib/similarity/similarity.ts). */
  score: number;
  sources: SourceDto[];
};

/** A file kept as evidence on a source: immutable, identified by its SHA-256. */
export type EvidenceFileDto = {
  id: string;
  sourceId: string;
  fileName: string;
  /** The media type its bytes show (lib/evidence/media-types.ts). */
  contentType: EvidenceMediaType;
  size: number;
  sha256: string;
  uploadedBy: PersonRef;
  createdAt: string;
  /** Where the bytes are served. */
  href: string;
};
