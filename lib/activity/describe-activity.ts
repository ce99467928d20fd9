// A sentence for people for every action in the activity log. The switch is exhaustive over
// ActivityAction: adding an action without its sentence fails the type check.
import { DECISION_LABELS, KIND_LABELS, SOURCE_KIND_LABELS, STATUS_DISPLAY, type ClaimKind, type ClaimStatus } from "@/lib/claims/vocabulary";
import { ARTICLE_STATE_LABELS } from "@/lib/workflow/article-workflow";
import type { ActivityEntry, ClaimLoggedValues, EvidenceSnapshot, SourceSnapshot } from "./activity-types";

export type ActivityDescription = {
  /** What happened, in one sentence. */
  text: string;
  /** Words that changed, shown struck through and inserted after `text`. */
  change?: { from: string; to: string };
  /** The full text the sentence refers to (a note, a comment), shown on demand. */
  detail?: string;
};

const kindLabel = (kind: ClaimKind | undefined) => (kind ? KIND_LABELS[kind] : "claim");
const statusLabel = (status: ClaimStatus | undefined) => (status ? STATUS_DISPLAY[status].label : "unknown");
const evidenceName = (file: Partial<EvidenceSnapshot> | null) =>
  file?.fileName ? `${file.fileName} (SHA-256 ${file.sha256?.slice(0, 12) ?? "?"}…)` : "a file of a confidential source";
const sourceName = (source: Partial<SourceSnapshot> | null) =>
  source?.confidential ? `a confidential ${SOURCE_KIND_LABELS[source.kind ?? "other"].toLowerCase()} source` : source?.title || source?.url || "a source";

export function describeActivity(entry: ActivityEntry): ActivityDescription {
  switch (entry.action) {
    case "article.created":
      return { text: `Article created${entry.after?.from ? ` from ${entry.after.from}` : ""}` };
    case "article.edited":
      return { text: `Text edited (version ${entry.before?.version ?? "?"} → ${entry.after?.version ?? "?"})` };
    case "article.transitioned": {
      const to = entry.after ? ARTICLE_STATE_LABELS[entry.after.state] : "?";
      const from = entry.before ? ARTICLE_STATE_LABELS[entry.before.state] : "?";
      return { text: `Article moved from ${from} to ${to}${entry.after?.reason ? ` (${entry.after.reason})` : ""}` };
    }
    case "article.lead_checker":
      return { text: entry.after?.leadCheckerId ? "Lead checker changed" : "Lead checker removed" };
    case "article.published_url":
      return { text: entry.after?.publishedUrl ? `Published address set to ${entry.after.publishedUrl}` : "Published address removed" };
    case "article.coverage_waiver":
      return entry.after?.coverageWaiver
        ? { text: "Recorded why the article may be checked below the desk's coverage", detail: entry.after.coverageWaiver }
        : { text: "Withdrew the reason to check the article below the desk's coverage" };
    case "article.publication_date":
      return { text: entry.after?.publicationDate ? `Publication date set to ${entry.after.publicationDate}` : "Publication date cleared" };
    case "article.deleted":
      return { text: `Article deleted: ${entry.before?.title ?? ""}` };
    case "claim.created": {
      const marked = `${kindLabel(entry.after?.kind)}, ${statusLabel(entry.after?.status)}`;
      if (entry.after?.from === "suggestion") return { text: `Accepted from a suggestion as ${marked}` };
      if (entry.after?.from === "web annotation import") return { text: `Imported from a Web Annotation as ${marked}` };
      return { text: `Marked as ${marked}` };
    }
    case "claim.rechecked":
      return { text: "Confirmed after the text changed" };
    case "claim.reanchored": {
      const { before, after } = entry;
      if (after?.anchorState === "orphaned") return { text: `Text removed from the article: “${before?.quote ?? ""}” (orphaned)` };
      if (before?.quote !== after?.quote) return { text: "Text changed", change: { from: before?.quote ?? "", to: after?.quote ?? "" } };
      return { text: `Anchor ${before?.anchorState ?? "?"} → ${after?.anchorState ?? "?"}` };
    }
    case "claim.reattached":
      return { text: "Re-attached", change: { from: entry.before?.quote ?? "", to: entry.after?.quote ?? "" } };
    case "claim.decided": {
      const decision = entry.after?.decision;
      const note = entry.after?.decisionNote;
      return { text: `Editor’s decision: ${decision ? DECISION_LABELS[decision] : "withdrawn"}`, ...(note ? { detail: note } : {}) };
    }
    case "claim.updated":
      return describeClaimChange(entry.before ?? {}, entry.after ?? {});
    case "claim.deleted":
      return { text: "Claim deleted" };
    case "claim.thread_resolved":
      return { text: "Discussion resolved" };
    case "claim.thread_reopened":
      return { text: "Discussion reopened" };
    case "source.added":
      return {
        text: `Source added: ${sourceName(entry.after)}${entry.after?.reusedFrom ? ` (reused from a claim in “${entry.after.reusedFrom.articleTitle}”)` : ""}`,
      };
    case "source.evidence_added":
      return { text: `Evidence added: ${evidenceName(entry.after)}` };
    case "source.evidence_removed":
      return { text: `Evidence deleted: ${evidenceName(entry.before)}` };
    case "source.updated":
      return { text: `Source edited: ${Object.keys(entry.after ?? {}).join(", ")}` };
    case "source.removed":
      return { text: `Source removed: ${sourceName(entry.before)}` };
    case "proposal.made":
      return {
        text: "Proposed a change to the claim's words",
        change: { from: entry.after?.quote ?? "", to: entry.after?.replacement ?? "" },
        detail: entry.after?.note || undefined,
      };
    case "proposal.accepted": {
      const verdict = entry.before && entry.after && entry.before.status !== entry.after.status ? `; ${statusLabel(entry.before.status)} → ${statusLabel(entry.after.status)}` : "";
      return {
        text: `Proposed change accepted (text version ${entry.after?.revision ?? "?"}${verdict})`,
        change: { from: entry.before?.quote ?? "", to: entry.after?.quote ?? "" },
        detail: entry.after?.note || undefined,
      };
    }
    case "proposal.rejected":
      return { text: "Proposed change rejected", change: { from: entry.after?.quote ?? "", to: entry.after?.replacement ?? "" }, detail: entry.after?.note || undefined };
    case "comment.added":
      return { text: "Commented", detail: entry.after?.body ?? "" };
    case "comment.edited":
      return { text: "Comment edited", detail: entry.after?.body ?? "" };
    case "comment.deleted":
      return { text: "Comment deleted", detail: entry.before?.body ?? "" };
    case "suggestion.dismissed":
      return { text: `Suggestion dismissed: “${entry.after?.quote ?? ""}”` };
    case "user.invited":
      return { text: `Invited ${entry.after?.email ?? "someone"} as ${entry.after?.role ?? "?"}` };
    case "user.joined":
      return { text: `Joined as ${entry.after?.role ?? "?"}${entry.after?.via ? ` by ${entry.after.via}` : ""}` };
    case "user.updated":
      return { text: `Account changed: role ${entry.after?.role ?? "?"}, ${entry.after?.active ? "active" : "deactivated"}` };
    case "user.password_changed":
      return {
        text: entry.after?.tokensRevoked ? `Password changed; ${entry.after.tokensRevoked} API token${entry.after.tokensRevoked === 1 ? "" : "s"} revoked` : "Password changed",
      };
    case "user.sessions_ended":
      return { text: `Signed out everywhere${entry.after?.reason ? ` (${entry.after.reason})` : ""}` };
    case "user.token_created":
      return { text: `API token created: ${entry.after?.name ?? ""}` };
    case "user.token_revoked":
      return { text: "API token revoked" };
    case "register.created":
      return { text: `Register entry created: ${entry.after?.name ?? ""}` };
    case "register.updated":
      return { text: `Register entry changed: ${Object.keys(entry.after ?? {}).join(", ")}` };
    case "register.deleted":
      return { text: `Register entry deleted: ${entry.before?.name ?? ""}` };
    case "register.merged":
      return { text: `Merged ${entry.before?.merged.name ?? "another entry"} into this entry` };
    case "register.merged_into":
      return { text: `Merged into ${entry.after?.name ?? "another entry"}` };
    case "desk.settings":
      return { text: `Desk settings changed: ${Object.keys(entry.after ?? {}).join(", ")}` };
    default:
      return unknownAction(entry);
  }
}

/** Reached only if the log holds an action this build does not know (a newer server wrote it). */
function unknownAction(entry: never): ActivityDescription {
  return { text: `Recorded: ${(entry as { action: string }).action}` };
}

type ClaimFields = Partial<ClaimLoggedValues> & { bulk?: true };

function describeClaimChange(before: ClaimFields, after: ClaimFields): ActivityDescription {
  const fields = (Object.keys(after) as (keyof ClaimFields)[]).filter((field) => field !== "bulk");
  const parts = fields.map((field) => `${FIELD_LABELS[field] ?? field}: ${show(field, before[field])} → ${show(field, after[field])}`);
  const note = after.note;
  return { text: `${parts.join("; ") || "Claim changed"}${after.bulk ? " (bulk change)" : ""}`, ...(note ? { detail: note } : {}) };
}

const FIELD_LABELS: Record<keyof ClaimLoggedValues, string> = {
  status: "status",
  note: "note",
  kind: "kind",
  needsRecheck: "needs re-check",
  anchorState: "anchor",
  quote: "text",
  start: "start",
  end: "end",
  assigneeId: "assignee",
  decision: "decision",
  decisionNote: "decision note",
  noSourceReason: "reason no source is needed",
};

const NOTE_PREVIEW = 80;

function show(field: keyof ClaimFields, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(none)";
  if (field === "status") return statusLabel(value as ClaimStatus);
  if (field === "kind") return kindLabel(value as ClaimKind);
  if (field === "assigneeId") return "someone";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (field === "note" || field === "decisionNote" || field === "noSourceReason") return `“${preview(text)}”`;
  return text;
}

/** The start of a long text, cut at a word, with an ellipsis. */
function preview(text: string): string {
  if (text.length <= NOTE_PREVIEW) return text;
  const lastSpace = text.lastIndexOf(" ", NOTE_PREVIEW);
  return `${text.slice(0, lastSpace > NOTE_PREVIEW / 2 ? lastSpace : NOTE_PREVIEW)}…`;
}
