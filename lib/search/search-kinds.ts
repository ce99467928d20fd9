import type { SnippetSegment } from "./snippet";
import type { ClaimKind, ClaimStatus, SourceKind } from "@/lib/claims/vocabulary";
import type { ArticleState } from "@/lib/workflow/article-workflow";
import type { PersonRef } from "@/lib/dto";

// What one search across the desk finds, by kind, and where each result opens.

export const SEARCH_KINDS = ["articles", "claims", "sources", "comments", "register"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  articles: "Articles",
  claims: "Claims",
  sources: "Sources",
  comments: "Comments",
  register: "Register",
};

/** Results per kind when all kinds are asked for at once, and per page of one kind. */
export const RESULTS_PER_KIND = 5;
export const RESULTS_PER_PAGE = 20;
/**
 * The matches a search ranks, per kind. A word found in most of a large desk would otherwise
 * cost a rank for every one of its rows; past this many the group says "1,000+" and is ranked
 * among the first 1,000 the index gives (add a word to narrow it).
 */
export const MATCHES_RANKED = 1_000;

export type ArticleHit = { kind: "articles"; id: string; href: string; title: SnippetSegment[]; snippet: SnippetSegment[]; state: ArticleState; updatedAt: string };
export type ClaimHit = {
  kind: "claims";
  id: string;
  href: string;
  article: { id: string; title: string };
  quote: SnippetSegment[];
  /** The note's matching words, when the note matched. */
  note: SnippetSegment[] | null;
  claimKind: ClaimKind;
  status: ClaimStatus;
  updatedAt: string;
};
export type SourceHit = {
  kind: "sources";
  id: string;
  href: string;
  article: { id: string; title: string };
  claim: { id: string; quote: string };
  sourceKind: SourceKind;
  confidential: boolean;
  url: string;
  title: SnippetSegment[];
  publisher: string;
  excerpt: SnippetSegment[];
};
export type CommentHit = {
  kind: "comments";
  id: string;
  href: string;
  article: { id: string; title: string };
  /** The claim the comment is on, or null for the article's own discussion. */
  claim: { id: string; quote: string } | null;
  author: PersonRef;
  createdAt: string;
  body: SnippetSegment[];
};
export type RegisterHit = {
  kind: "register";
  id: string;
  href: string;
  name: string;
  entryKind: "person" | "organization";
  /** The spelling that matched when it is a variant, else null. */
  matchedName: string | null;
  /** The titles the entry held, most recent first (at most three). */
  titles: string[];
};
export type SearchHit = ArticleHit | ClaimHit | SourceHit | CommentHit | RegisterHit;

/** One kind's results: `total` counts matches up to MATCHES_RANKED (`capped` when there are more). */
export type SearchGroup<H extends SearchHit = SearchHit> = { kind: H["kind"]; total: number; capped: boolean; results: H[] };

export type SearchResultsDto = {
  q: string;
  /** Every kind (RESULTS_PER_KIND each), or the one asked for (a page of RESULTS_PER_PAGE). */
  groups: SearchGroup[];
  page: number;
};

/** Where a result lives in the app. */
export const searchHref = {
  article: (articleId: string) => `/articles/${articleId}`,
  claim: (articleId: string, claimId: string) => `/articles/${articleId}?claim=${claimId}`,
  register: (name: string) => `/register?q=${encodeURIComponent(name)}`,
};
