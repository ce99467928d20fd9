import type { ActivityAction } from "@/lib/activity/activity-types";

/**
 * What a live stream tells a browser about an article: that something happened, to what, by
 * whom. Never the values themselves (the browser reads those through the API, under the same
 * rules as every other read, confidential sources included), so payloads stay small and safe.
 */
export type LiveEvent = {
  id: string;
  action: ActivityAction;
  entityType: string;
  entityId: string;
  claimId: string | null;
  at: string;
  actor: { id: string; name: string };
};

/** What a batch of events asks the workspace to read again. */
export type LiveRefresh = {
  /** The claims list (a claim, a source or a thread changed, or the text was re-anchored). */
  claims: boolean;
  /** Claims whose discussion changed. */
  discussions: string[];
  /** The article's own discussion (comments on no claim) changed. */
  articleDiscussion: boolean;
  /** The article: "text" when a new version of the text was saved, "meta" for its workflow and settings. */
  article: "text" | "meta" | null;
};

export function liveRefresh(events: readonly LiveEvent[]): LiveRefresh {
  const discussions = new Set<string>();
  let claims = false;
  let article: LiveRefresh["article"] = null;
  let articleDiscussion = false;
  for (const event of events) {
    if (event.action === "article.edited") {
      article = "text";
      claims = true;
    } else if (event.action.startsWith("article.")) article ??= "meta";
    if (event.entityType === "claim" || event.entityType === "source" || event.entityType === "proposal" || (event.action.startsWith("comment.") && event.claimId)) claims = true;
    if (event.action.startsWith("comment.")) {
      if (event.claimId) discussions.add(event.claimId);
      else articleDiscussion = true;
    }
  }
  return { claims, discussions: [...discussions], articleDiscussion, article };
}

const WHAT: Partial<Record<ActivityAction, string>> = {
  "article.edited": "saved a new version of the text",
  "article.transitioned": "moved the article in the workflow",
  "article.lead_checker": "changed the lead checker",
  "article.published_url": "set the published address",
  "article.coverage_waiver": "changed the coverage waiver",
  "article.publication_date": "set the publication date",
  "claim.created": "marked a claim",
  "claim.updated": "changed a claim",
  "claim.reattached": "re-attached a claim",
  "claim.rechecked": "re-checked a claim",
  "claim.decided": "recorded a decision",
  "claim.deleted": "deleted a claim",
  "claim.thread_resolved": "resolved a discussion",
  "claim.thread_reopened": "reopened a discussion",
  "source.added": "added a source",
  "source.updated": "changed a source",
  "source.removed": "removed a source",
  "proposal.made": "proposed a change to the text",
  "proposal.accepted": "accepted a proposed change",
  "proposal.rejected": "rejected a proposed change",
  "comment.added": "commented",
  "comment.edited": "edited a comment",
  "comment.deleted": "deleted a comment",
  "suggestion.dismissed": "dismissed a suggestion",
};

/**
 * A short line about what colleagues just did ("Eli Editor changed a claim and commented"), or
 * null when the events are all mine. Re-anchoring that follows a save is part of the save.
 */
export function describeLiveChanges(events: readonly LiveEvent[], meId: string): string | null {
  const byPerson = new Map<string, Set<string>>();
  for (const event of events) {
    if (event.actor.id === meId || event.action === "claim.reanchored") continue;
    const what = WHAT[event.action];
    if (!what) continue;
    const doings = byPerson.get(event.actor.name) ?? new Set<string>();
    doings.add(what);
    byPerson.set(event.actor.name, doings);
  }
  if (byPerson.size === 0) return null;
  return [...byPerson].map(([name, doings]) => `${name} ${joinList([...doings])}`).join("; ") + ".";
}

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Who last changed each claim, by the events (mine included: "changed by" then names me). */
export function lastChangedBy(events: readonly LiveEvent[]): Map<string, LiveEvent["actor"]> {
  const latest = new Map<string, LiveEvent["actor"]>();
  for (const event of events) if (event.claimId && event.action !== "claim.reanchored") latest.set(event.claimId, event.actor);
  return latest;
}
