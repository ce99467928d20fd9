import { IMPORT_LIMIT_TEXT, IMPORTABLE_KINDS } from "@/lib/document/importable-files";
import { can, ROLES, type Permission, type Role } from "@/lib/permissions";
import type { ApiSchemaName } from "./api-schemas";

// The whole HTTP API, one entry per route and method. Request shapes are named zod schemas (the
// ones the routes validate with); api-catalog.test.ts checks every route file against this list.

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type ApiTag = "Articles" | "Claims" | "Suggestions" | "Register" | "Sources" | "Discussion" | "Reports and publishing" | "Account" | "Administration" | "System";

export type ApiOperation = {
  method: HttpMethod;
  /** OpenAPI path, with {placeholders} for route segments. */
  path: string;
  tag: ApiTag;
  summary: string;
  description?: string;
  /** "none": no session or token needed. */
  auth?: "none";
  /** What the caller's role must grant (all of them, when several). */
  permission?: Permission | readonly Permission[];
  /**
   * Who else decides, beyond the role: "author" — only the record's author (who also needs the
   * permission); "author-or-permission" — the author, or anyone with the permission; "workflow" —
   * the article workflow's table says which roles make each move.
   */
  rule?: "author" | "author-or-permission" | "workflow";
  params?: Record<string, ApiSchemaName>;
  query?: ApiSchemaName;
  body?: ApiSchemaName | "multipart";
  /** Success status → what it returns. Errors are the same everywhere (see ERROR_RESPONSES). */
  responses: Record<number, string>;
  /** The JSON schema of a 200 answer, where the API publishes one. */
  responseSchema?: ApiSchemaName;
  /** Content type of the success answer, when not application/json. */
  responseType?: string;
};

export const ERROR_RESPONSES: Record<number, string> = {
  400: "The request is malformed or fails validation; `error` says what to fix.",
  401: "No valid session or API token.",
  403: "Your role may not do this.",
  404: "The record does not exist.",
  409: "Someone changed the record since you read it (stale `version`); `currentVersion` tells you where it is.",
  413: "The body is too large.",
  415: "The body is not JSON (or not multipart/form-data where a file is expected).",
  422: "The request is well-formed but cannot be applied (a quote not in the text, open blockers, …).",
  429: "Too many attempts; try again later.",
  503: "The database is not answering (a restart or failover); nothing was changed. Retry after a few seconds (Retry-After).",
};

const id = { id: "ZIdSchema" } as const;

export const API_OPERATIONS: ApiOperation[] = [
  // Articles
  {
    method: "GET",
    path: "/api/articles",
    tag: "Articles",
    summary: "Find articles: search, filter, sort, one page at a time",
    description:
      "One page (50 by default) of the articles matching the filters, with their progress and flagged claims. `total` counts every match; walk on with `page` (what the list page does) or with `cursor=nextCursor` (null on the last page), which neither repeats nor skips an article that did not change meanwhile.",
    permission: "article:read",
    query: "ZArticleListQuerySchema",
    responses: { 200: "{ articles: ArticleSummary[], total, page, pageSize, nextCursor }" },
  },
  {
    method: "GET",
    path: "/api/search",
    tag: "Articles",
    summary: "Search the desk: articles, claims, sources, comments and the register",
    description:
      "Full-text search (English word forms, web-search syntax) with highlighted snippets: each snippet is a list of `{ text, match }` segments. Without `kind`, the best five of every kind; with `kind`, twenty a page. Each result's `href` is where it opens in the app. Register names also match in part or misspelt (trigrams). A confidential source is found only by those who may see its details, and never by its contact. `total` counts matches up to 1,000 (`capped` when there are more; the best are then ranked among the first 1,000).",
    permission: "article:read",
    query: "ZSearchQuerySchema",
    responses: { 200: "{ q, page, groups: [{ kind, total, capped, results }] }" },
  },
  {
    method: "POST",
    path: "/api/articles",
    tag: "Articles",
    summary: "Create an article from text or Markdown",
    permission: "article:create",
    body: "ZCreateArticleSchema",
    responses: { 201: "The article" },
  },
  {
    method: "POST",
    path: "/api/articles/import",
    tag: "Articles",
    summary: "Import an article from a file",
    description: `multipart/form-data with \`file\` (${IMPORTABLE_KINDS}, up to ${IMPORT_LIMIT_TEXT}) and an optional \`title\`.`,
    permission: "article:create",
    body: "multipart",
    responses: { 201: "The article" },
  },
  {
    method: "GET",
    path: "/api/articles/{id}",
    tag: "Articles",
    summary: "Read an article (its plain text indexes every claim offset)",
    description: "`include=body` adds `body`, the editor's document (ProseMirror JSON) the text was computed from.",
    permission: "article:read",
    params: id,
    query: "ZArticleQuerySchema",
    responses: { 200: "The article" },
  },
  {
    method: "PUT",
    path: "/api/articles/{id}",
    tag: "Articles",
    summary: "Replace the article's text; claims are re-anchored",
    permission: "article:edit",
    params: id,
    body: "ZUpdateArticleSchema",
    responses: { 200: "The article with `reanchored` counts (anchored, shifted, orphaned, needsRecheck)" },
  },
  {
    method: "PATCH",
    path: "/api/articles/{id}",
    tag: "Articles",
    summary: "Set the lead checker, the published address, the coverage waiver or the publication date",
    permission: "article:edit",
    params: id,
    body: "ZArticleSettingsSchema",
    responses: { 200: "The article" },
  },
  {
    method: "DELETE",
    path: "/api/articles/{id}",
    tag: "Articles",
    summary: "Delete an article with its claims",
    description: "When its sources hold evidence files, only an admin may delete it (403 for anyone else); each file is recorded as removed.",
    permission: "article:delete",
    params: id,
    responses: { 204: "Deleted" },
  },
  {
    method: "POST",
    path: "/api/articles/{id}/transition",
    tag: "Articles",
    summary: "Move the article through the workflow (draft → in check → checked → signed off)",
    description:
      "422 with `blockers: [{ rule, claimId?, message }]`: every rule of the desk's checking policy still unmet (open claims, missing decisions, sources or notes, no claims, coverage).",
    permission: "article:read",
    rule: "workflow",
    params: id,
    body: "ZTransitionSchema",
    responses: { 200: "The article" },
  },
  {
    method: "GET",
    path: "/api/articles/{id}/revisions",
    tag: "Articles",
    summary: "List the saved revisions, newest first",
    permission: "article:read",
    params: id,
    responses: { 200: "{ revisions }" },
  },
  {
    method: "GET",
    path: "/api/articles/{id}/revisions/{number}",
    tag: "Articles",
    summary: "Read one revision's text",
    permission: "article:read",
    params: { id: "ZIdSchema", number: "ZRevisionNumberSchema" },
    responses: { 200: "The revision" },
  },
  {
    method: "GET",
    path: "/api/articles/{id}/events",
    tag: "Articles",
    summary: "Follow the article's activity as it happens (Server-Sent Events)",
    description:
      "One `activity` event per history entry (id, action, entity, claim, actor, time; never the values: read them through the API). Send `Last-Event-ID` (browsers do) to resume a cut stream without missing anything; `since` starts from a position given out earlier (the workspace page's), so nothing between reading the article and opening the stream is missed. A `ready` event opens the stream (its `tab` names this stream's presence: see PUT presence), `presence` events say who has the article open (what claim each has open, who is editing the text), `inbox` events carry your unread count; a comment line keeps the stream alive every 15 s, and `signed-out` ends it when its user may no longer read.",
    permission: "article:read",
    params: id,
    query: "ZArticleEventsQuerySchema",
    responses: { 200: "An event stream" },
    responseType: "text/event-stream",
  },
  {
    method: "PUT",
    path: "/api/articles/{id}/presence",
    tag: "Articles",
    summary: "Say what you look at in an article you follow (presence)",
    description:
      "`tab` is the id the event stream's `ready` event gave; `claimId` the claim open in the workspace (or null); `editing` whether the text has unsaved edits. Everyone following the article receives a `presence` event with who is there. 404 when that stream is not open (or not yours).",
    permission: "article:read",
    params: id,
    body: "ZPresenceSchema",
    responses: { 204: "Told" },
  },
  // Claims
  {
    method: "GET",
    path: "/api/articles/{id}/claims",
    tag: "Claims",
    summary: "List the article's claims in document order, with sources",
    permission: "article:read",
    params: id,
    responses: { 200: "{ claims }" },
  },
  {
    method: "POST",
    path: "/api/articles/{id}/claims",
    tag: "Claims",
    summary: "Mark a claim by quote (and occurrence) or by offsets",
    permission: "claim:write",
    params: id,
    body: "ZCreateClaimSchema",
    responses: { 201: "The claim" },
  },
  {
    method: "PATCH",
    path: "/api/claims/{id}",
    tag: "Claims",
    summary: "Change a claim's status, note, kind, assignee, decision or span",
    permission: "claim:write",
    params: id,
    body: "ZUpdateClaimSchema",
    responses: { 200: "The claim" },
  },
  {
    method: "DELETE",
    path: "/api/claims/{id}",
    tag: "Claims",
    summary: "Delete a claim",
    description: "Its sources go with it. When they hold evidence files, only an admin may delete it (403 for anyone else); each file is recorded as removed.",
    permission: "claim:write",
    params: id,
    responses: { 204: "Deleted" },
  },
  {
    method: "GET",
    path: "/api/claims/{id}/history",
    tag: "Claims",
    summary: "The claim’s history of changes",
    permission: "article:read",
    params: id,
    responses: { 200: "{ history }" },
  },
  {
    method: "POST",
    path: "/api/claims/bulk",
    tag: "Claims",
    summary: "Change the status, kind or assignee of many claims at once",
    description: "All or nothing: 409 with `staleClaimIds` if any claim changed meanwhile.",
    permission: "claim:write",
    body: "ZBulkUpdateClaimsSchema",
    responses: { 200: "{ claims }" },
  },
  {
    method: "GET",
    path: "/api/me/queue",
    tag: "Claims",
    summary: "Claims assigned to you that are still open",
    permission: "article:read",
    query: "ZQueueQuerySchema",
    responses: { 200: "{ queue }" },
  },
  // Suggestions
  {
    method: "GET",
    path: "/api/articles/{id}/suggestions",
    tag: "Suggestions",
    summary: "Claims the article probably needs that nobody has marked yet, and its coverage",
    description:
      "`{ articleVersion, suggestions: [{ id, kind, start, end, quote, sentence: { start, end, text }, detail }], coverage: { sentences, covered, ratio }, registerDay: { day, label } }`. Suggestions a claim already covers, or that were dismissed, are left out. Register flags have `kind: \"register_flag\"`, a `rule` (near_miss, wrong_holder, wrong_jurisdiction, title_mismatch, outdated_title, former_current), a `message` naming the registered person, the entry's source and the day checked, and `registerEntry`; the day is the article's publicationDate, else its sign-off day, else today, unless the sentence gives its own time.",
    permission: "article:read",
    params: id,
    responses: { 200: "The open suggestions and the coverage" },
  },
  {
    method: "POST",
    path: "/api/articles/{id}/suggestions/{sid}/accept",
    tag: "Suggestions",
    summary: "Accept a suggestion: it becomes a claim of its kind",
    description: "404 when the suggestion is no longer open (the text changed, or it was accepted or dismissed).",
    permission: "claim:write",
    params: { id: "ZIdSchema", sid: "ZSuggestionIdSchema" },
    responses: { 201: "The claim" },
  },
  {
    method: "POST",
    path: "/api/articles/{id}/suggestions/{sid}/dismiss",
    tag: "Suggestions",
    summary: "Dismiss a suggestion; those words are not proposed again as that kind",
    permission: "claim:write",
    params: { id: "ZIdSchema", sid: "ZSuggestionIdSchema" },
    responses: { 204: "Dismissed" },
  },
  {
    method: "POST",
    path: "/api/articles/{id}/suggestions/accept-all",
    tag: "Suggestions",
    summary: "Accept every open suggestion of one kind",
    permission: "claim:write",
    params: id,
    body: "ZAcceptSuggestionsOfKindSchema",
    responses: { 200: "{ claims }" },
  },
  // Register
  {
    method: "GET",
    path: "/api/register",
    tag: "Register",
    summary: "The names-and-titles register, or the entries like ?q=; format=csv exports it",
    permission: "article:read",
    query: "ZRegisterQuerySchema",
    responses: {
      200: "{ entries: [{ id, name, kind, variants, titles: [{ title, from, to, jurisdiction }], sources: [{ url, title, excerpt }], notes, version, verifiedBy }] }, or CSV",
    },
  },
  {
    method: "POST",
    path: "/api/register",
    tag: "Register",
    summary: "Add a person or organization the desk has verified",
    description: "A name or variant another entry already has (case, diacritics and spacing ignored) is refused with 409 and that entry's `existingId`.",
    permission: "register:write",
    body: "ZCreateRegisterEntrySchema",
    responses: { 201: "The entry", 409: "{ error, existingId, existingName }" },
  },
  { method: "GET", path: "/api/register/{id}", tag: "Register", summary: "One register entry", permission: "article:read", params: id, responses: { 200: "The entry" } },
  {
    method: "PATCH",
    path: "/api/register/{id}",
    tag: "Register",
    summary: "Change an entry; lists given replace the entry's",
    permission: "register:write",
    params: id,
    body: "ZUpdateRegisterEntrySchema",
    responses: { 200: "The entry" },
  },
  { method: "DELETE", path: "/api/register/{id}", tag: "Register", summary: "Remove an entry", permission: "register:write", params: id, responses: { 204: "Removed" } },
  {
    method: "POST",
    path: "/api/register/{id}/merge",
    tag: "Register",
    summary: "Merge another entry into this one",
    description: "The other entry's name and variants become variants here, its titles and sources are added, its notes appended; it is removed. Both versions must be current.",
    permission: "register:write",
    params: id,
    body: "ZMergeRegisterEntriesSchema",
    responses: { 200: "The merged entry", 409: "A version is stale" },
  },
  {
    method: "GET",
    path: "/api/articles/{id}/register-review",
    tag: "Register",
    summary: "The article's verified name and title claims the register does not know yet",
    description:
      'People without an entry (`missing: "person"`) and titles an entry lacks or holds only in the past (`missing: "title"`), in document order; add each with POST /api/claims/{id}/register.',
    permission: "article:read",
    params: id,
    responses: { 200: "{ items: [{ claimId, quote, name, title, entryId, missing }] }" },
  },
  {
    method: "POST",
    path: "/api/claims/{id}/register",
    tag: "Register",
    summary: "Add a verified name or title claim's person, title and sources to the register",
    description: "Finds the entry by name or creates it; adds the claim's title (held from this month) and its open web sources when missing.",
    permission: "register:write",
    params: id,
    responses: { 200: "The updated entry", 201: "The new entry" },
  },
  {
    method: "POST",
    path: "/api/register/import",
    tag: "Register",
    summary: "Import a register CSV (text/csv body)",
    description:
      "Either the register's own CSV — columns name, kind, variants, titles (one per line: `title | from | to | jurisdiction`), sources (one per line: `url | title`), notes; rows whose name is an entry's name or variant replace it — or a Wikidata Query Service export of a \"position held\" query (personLabel, person, positionLabel, start, end, countryLabel), whose titles and Wikidata source are added to entries with that name. All or nothing.",
    permission: "register:write",
    responses: { 200: "{ format, created, updated }" },
  },
  // Sources
  {
    method: "POST",
    path: "/api/claims/{id}/sources",
    tag: "Sources",
    summary: "Add a source (evidence) to a claim",
    permission: "source:write",
    params: id,
    body: "ZCreateSourceSchema",
    responses: { 201: "The source" },
  },
  {
    method: "GET",
    path: "/api/claims/{id}/similar",
    tag: "Claims",
    summary: "Claims seen before: the same fact checked in other articles",
    description:
      'Up to three claims in other articles stating the same fact (the same or similar words, amounts however written — "$4.5bn", "4.5 billion dollars" —, names the register knows in any spelling), best first, each with its status, when and by whom it was checked, and its sources (confidential ones as the reader may see them). Evaluated on labelled pairs: npm run eval:similar.',
    permission: "article:read",
    params: id,
    responses: { 200: "{ claims: [{ id, href, article: { id, title }, quote, kind, status, checkedAt, checkedBy, createdAt, score, sources }] }" },
  },
  {
    method: "POST",
    path: "/api/claims/{id}/sources/reuse",
    tag: "Sources",
    summary: "Copy sources of an earlier claim of the same fact onto this claim",
    description:
      "Each copy is a new source on this claim, recorded in its history as reused from that claim, with the source's evidence files (new files naming the same stored bytes: same name, SHA-256, uploader and time). A confidential source is copied only by someone who may see its details. 409 when an evidence file being copied was deleted meanwhile (nothing copied).",
    permission: "source:write",
    params: id,
    body: "ZReuseSourcesSchema",
    responses: { 201: "{ sources: Source[] }" },
  },
  {
    method: "PATCH",
    path: "/api/sources/{id}",
    tag: "Sources",
    summary: "Change a source",
    permission: "source:write",
    params: id,
    body: "ZUpdateSourceSchema",
    responses: { 200: "The source" },
  },
  {
    method: "DELETE",
    path: "/api/sources/{id}",
    tag: "Sources",
    summary: "Remove a source",
    description: "When it holds evidence files, only an admin may remove it (403 for anyone else); each file is recorded as removed.",
    permission: "source:write",
    params: id,
    responses: { 204: "Removed" },
  },
  {
    method: "POST",
    path: "/api/sources/{id}/evidence",
    tag: "Sources",
    summary: "Keep a file as evidence on a source (PDF, image, audio, text, saved web page)",
    description:
      "multipart/form-data with the file in the field `file`, streamed to storage (never held whole). The media type is read from the bytes, not the name: PDF, PNG, JPEG, WebP, MP3, M4A, WAV, plain text or HTML; anything else is refused with 415. At most 50 MB (FACTDESK_EVIDENCE_MAX_BYTES), else 413. Files are immutable; a confidential source's files are only for those who may see its details. Listed on the source in the claims API (`evidence`).",
    permission: "source:write",
    params: id,
    body: "multipart",
    responses: { 201: "{ id, sourceId, fileName, contentType, size, sha256, uploadedBy, createdAt, href }" },
  },
  {
    method: "GET",
    path: "/api/evidence/{id}",
    tag: "Sources",
    summary: "An evidence file's bytes, as uploaded",
    description:
      "Images and PDFs inline, everything else as an attachment; always with `X-Content-Type-Options: nosniff` and a Content-Security-Policy that allows no fetches and sandboxes every kind but PDFs (which browsers will not show sandboxed), framed by Factdesk's pages only; the SHA-256 as the ETag and in `X-Evidence-SHA256`. 503 when the file is in an S3 bucket this server was not configured with. With `view=page`, a saved web page is shown sanitised (its text, tables, links and embedded images; no scripts, styles, frames or outside resources), under a banner naming the file and its SHA-256.",
    permission: "article:read",
    params: id,
    query: "ZEvidenceQuerySchema",
    responses: { 200: "The file" },
    responseType: "application/octet-stream",
  },
  {
    method: "DELETE",
    path: "/api/evidence/{id}",
    tag: "Sources",
    summary: "Delete an evidence file (admins; recorded in the claim's history)",
    permission: "evidence:delete",
    params: id,
    responses: { 204: "Deleted" },
  },
  // Discussion
  {
    method: "GET",
    path: "/api/articles/{id}/comments",
    tag: "Discussion",
    summary: "The article's own discussion (comments on the article as a whole, not on one claim)",
    permission: "article:read",
    params: id,
    responses: { 200: "{ comments }" },
  },
  {
    method: "POST",
    path: "/api/articles/{id}/comments",
    tag: "Discussion",
    summary: "Comment on the article as a whole, or reply to one of its comments (@handle mentions notify; a reply notifies the comment's author)",
    permission: "claim:write",
    params: id,
    body: "ZNewCommentSchema",
    responses: { 201: "The comment" },
  },
  {
    method: "GET",
    path: "/api/claims/{id}/comments",
    tag: "Discussion",
    summary: "The claim's discussion",
    permission: "article:read",
    params: id,
    responses: { 200: "{ comments }" },
  },
  {
    method: "POST",
    path: "/api/claims/{id}/comments",
    tag: "Discussion",
    summary: "Comment on a claim, or reply to one of its comments (@handle mentions notify; a reply notifies the comment's author)",
    permission: "claim:write",
    params: id,
    body: "ZNewCommentSchema",
    responses: { 201: "The comment" },
  },
  {
    method: "GET",
    path: "/api/claims/{id}/proposals",
    tag: "Discussion",
    summary: "The proposed changes to the claim's words, open and decided",
    permission: "article:read",
    params: id,
    responses: { 200: "{ proposals }" },
  },
  {
    method: "POST",
    path: "/api/claims/{id}/proposals",
    tag: "Discussion",
    summary: "Propose new words for the claim's words (suggesting mode)",
    description:
      "`replacement` is the text that should stand in place of the claim's words (one run of text, no line breaks). The claim must be attached to words within one paragraph. The article's author hears of it when they may accept it. Open proposals also come with each claim (`proposals`).",
    permission: "claim:write",
    params: id,
    body: "ZNewProposalSchema",
    responses: { 201: "The proposal (`id`, `state`: open, `applies`)" },
  },
  {
    method: "POST",
    path: "/api/proposals/{id}/accept",
    tag: "Discussion",
    summary: "Accept a proposal: the text changes as a new revision",
    description:
      "The replacement takes the place of the claim's words in the article (a new version; every claim re-anchored; a checked article goes back to in check). The claim stays on its new words; one judged incorrect or disputed becomes verified, its old words and verdict kept for the corrections memo; another checked claim is flagged to be checked again. 409 when the proposal was already decided or no longer applies (the claim's words changed since). The body (`{ note? }`) may be left out.",
    permission: "claim:decide",
    params: id,
    body: "ZDecideProposalSchema",
    responses: { 200: "{ proposal, claim, article }" },
  },
  {
    method: "POST",
    path: "/api/proposals/{id}/reject",
    tag: "Discussion",
    summary: "Reject a proposal (with an optional note for its proposer)",
    permission: "claim:decide",
    params: id,
    body: "ZDecideProposalSchema",
    responses: { 200: "The proposal" },
  },
  {
    method: "POST",
    path: "/api/claims/{id}/thread",
    tag: "Discussion",
    summary: "Resolve or reopen the claim's discussion",
    permission: "claim:write",
    params: id,
    body: "ZThreadSchema",
    responses: { 200: "The claim" },
  },
  {
    method: "PATCH",
    path: "/api/comments/{id}",
    tag: "Discussion",
    summary: "Edit your comment",
    permission: "claim:write",
    rule: "author",
    params: id,
    body: "ZCommentSchema",
    responses: { 200: "The comment" },
  },
  {
    method: "DELETE",
    path: "/api/comments/{id}",
    tag: "Discussion",
    summary: "Delete your comment (admins: anyone's)",
    permission: "comment:moderate",
    rule: "author-or-permission",
    params: id,
    responses: { 204: "Deleted" },
  },
  {
    method: "GET",
    path: "/api/events",
    tag: "Discussion",
    summary: "Follow the desk as it changes (Server-Sent Events)",
    description:
      "`inbox` events carry your unread count (sent at once, then on each change); `desk` events name the articles that just changed (`{ articles: [id] }`), for lists to read again; with `since` (a position the page's read stood at), `{ articles: [], missed: true }` comes at once when anything changed since. An article's own stream (`/api/articles/{id}/events`) carries `inbox` events too, so a browser tab needs one stream.",
    permission: "article:read",
    query: "ZDeskEventsQuerySchema",
    responses: { 200: "An event stream" },
    responseType: "text/event-stream",
  },
  { method: "GET", path: "/api/notifications", tag: "Discussion", summary: "Your inbox", permission: "article:read", responses: { 200: "{ notifications, unread }" } },
  {
    method: "POST",
    path: "/api/notifications/read",
    tag: "Discussion",
    summary: "Mark notifications read (all without `ids`)",
    permission: "article:read",
    body: "ZReadNotificationsSchema",
    responses: { 200: "{ marked }" },
  },
  // Reports and publishing
  {
    method: "GET",
    path: "/api/articles/{id}/report",
    tag: "Reports and publishing",
    summary: "The verified-claims report, annotated draft or corrections memo",
    description:
      "type=verified|annotated|corrections; format=html|md|docx, and csv|json for the verified report. Filters: status, kind, assignee (comma-separated; assignee takes user ids or `none`); notes=include|exclude; comments=include|exclude. Confidential sources appear by kind only, in every format. The JSON format follows the response schema below.",
    permission: "article:read",
    params: id,
    query: "ZReportQuerySchema",
    responses: { 200: "The document (HTML, Markdown, DOCX, CSV or JSON)" },
    responseSchema: "ZReportSchema",
  },
  {
    method: "GET",
    path: "/api/articles/{id}/case-file",
    tag: "Reports and publishing",
    summary: "The case file: the verified report with its evidence files, as one zip",
    description:
      "report.html and report.json (all claims), every evidence file of the article's open sources under evidence/claim-NN …/source-N …/, and MANIFEST.sha256 (`sha256sum -c` checks it). Streamed; each file is checked against its recorded SHA-256 on the way. Confidential sources' files are left out, as the report leaves out all but their kind.",
    permission: "article:read",
    params: id,
    responses: { 200: "The zip" },
    responseType: "application/zip",
  },
  {
    method: "GET",
    path: "/api/articles/{id}/claimreview",
    tag: "Reports and publishing",
    summary: "schema.org ClaimReview JSON-LD for the resolved claims",
    description: "All claims with a standing verdict, or those in claims=<id>,<id>. Needs the desk's organization name (settings) and the article's published address.",
    permission: "article:read",
    params: id,
    query: "ZClaimReviewQuerySchema",
    responses: { 200: "An array of ClaimReview objects" },
    responseType: "application/ld+json",
  },
  {
    method: "GET",
    path: "/api/articles/{id}/annotations",
    tag: "Reports and publishing",
    summary: "The claims as a W3C Web Annotation collection",
    permission: "article:read",
    params: id,
    responses: { 200: "An AnnotationCollection (JSON-LD) with TextQuoteSelector and TextPositionSelector targets" },
    responseType: "application/ld+json",
  },
  {
    method: "POST",
    path: "/api/articles/{id}/annotations",
    tag: "Reports and publishing",
    summary: "Create claims from W3C Web Annotations",
    description:
      "Send an AnnotationCollection, an AnnotationPage or one Annotation. All or nothing unless skipUnplaced=true; claims already marked on the same span are not duplicated.",
    permission: ["claim:write", "source:write"],
    params: id,
    query: "ZAnnotationImportQuerySchema",
    body: "ZAnnotationImportSchema",
    responses: { 200: "{ created: 0, alreadyPresent, skipped }", 201: "{ created, alreadyPresent, skipped }" },
  },
  {
    method: "GET",
    path: "/api/settings",
    tag: "Reports and publishing",
    summary: "The desk's publishing settings",
    permission: "article:read",
    responses: { 200: "The settings" },
  },
  {
    method: "PATCH",
    path: "/api/settings",
    tag: "Reports and publishing",
    summary: "Set the organization and the ClaimReview rating scale",
    permission: "desk:configure",
    body: "ZUpdateDeskSettingsSchema",
    responses: { 200: "The settings" },
  },
  // Account
  {
    method: "POST",
    path: "/api/me/password",
    tag: "Account",
    summary: "Change your password",
    description: "Ends every session of yours, this one included; `revokeTokens: true` also revokes your API tokens.",
    permission: "article:read",
    body: "ZChangePasswordSchema",
    responses: { 204: "Changed" },
  },
  {
    method: "GET",
    path: "/api/me/preferences",
    tag: "Account",
    summary: "Your preferences",
    permission: "article:read",
    responses: { 200: "{ emailNotifications, emailAvailable }" },
  },
  {
    method: "PATCH",
    path: "/api/me/preferences",
    tag: "Account",
    summary: "Set how inbox items reach you by email: off, immediate (after a short delay, if still unread) or a daily digest",
    permission: "article:read",
    body: "ZPreferencesSchema",
    responses: { 200: "{ emailNotifications, emailAvailable }" },
  },
  { method: "GET", path: "/api/me/tokens", tag: "Account", summary: "Your API tokens (never the secret)", permission: "article:read", responses: { 200: "{ tokens }" } },
  {
    method: "POST",
    path: "/api/me/tokens",
    tag: "Account",
    summary: "Create an API token",
    description: "The answer carries `token` this once; send it as `Authorization: Bearer <token>`.",
    permission: "article:read",
    body: "ZCreateApiTokenSchema",
    responses: { 201: "The token, with its secret" },
  },
  { method: "DELETE", path: "/api/me/tokens/{id}", tag: "Account", summary: "Revoke an API token", permission: "article:read", params: id, responses: { 204: "Revoked" } },
  { method: "GET", path: "/api/users", tag: "Account", summary: "The desk's people (for assignment and mentions)", permission: "article:read", responses: { 200: "{ users }" } },
  // Administration
  { method: "GET", path: "/api/admin/users", tag: "Administration", summary: "All accounts", permission: "user:manage", responses: { 200: "{ users }" } },
  {
    method: "PATCH",
    path: "/api/admin/users/{id}",
    tag: "Administration",
    summary: "Change a role or deactivate an account",
    permission: "user:manage",
    params: id,
    body: "ZUpdateUserSchema",
    responses: { 200: "The account" },
  },
  {
    method: "POST",
    path: "/api/admin/invites",
    tag: "Administration",
    summary: "Invite someone (answers with a one-time link)",
    permission: "user:manage",
    body: "ZCreateInviteSchema",
    responses: { 201: "The invitation path" },
  },
  {
    method: "POST",
    path: "/api/invites/{token}/accept",
    tag: "Administration",
    summary: "Accept an invitation and set a password",
    auth: "none",
    params: { token: "ZInviteTokenSchema" },
    body: "ZAcceptInviteSchema",
    responses: { 201: "The new account" },
  },
  // System
  {
    method: "GET",
    path: "/api/health",
    tag: "System",
    summary: "Liveness and database check",
    auth: "none",
    responses: { 200: '{ status: "ok" }', 503: '{ status: "unavailable" } when the database does not answer' },
  },
  { method: "GET", path: "/api/openapi.json", tag: "System", summary: "This description (OpenAPI 3.1)", auth: "none", responses: { 200: "The OpenAPI document" } },
];

/** The permissions an operation's caller needs, all of them. */
export function requiredPermissions(operation: ApiOperation): readonly Permission[] {
  if (!operation.permission) return [];
  return typeof operation.permission === "string" ? [operation.permission] : operation.permission;
}

/** The roles whose permissions let them call the operation (before any author or workflow rule). */
export function rolesWithAccess(operation: ApiOperation): Role[] {
  return ROLES.filter((role) => requiredPermissions(operation).every((permission) => can(role, permission)));
}

/** Who may call an operation, in a sentence, for the API description and its page. */
export function describeAccess(operation: ApiOperation): string {
  if (operation.auth === "none") return "No authentication.";
  const roles = rolesWithAccess(operation).join(", ");
  switch (operation.rule) {
    case "author":
      return `The author, if their role is one of: ${roles}.`;
    case "author-or-permission":
      return `The author, or roles: ${roles}.`;
    case "workflow":
      return "Any signed-in user; the article workflow says which roles make each move.";
    default:
      return `Roles: ${roles}.`;
  }
}
