import "server-only";
import type { ActivityEntry, SourceSnapshot } from "@/lib/activity/activity-types";
import type { HistoryEventDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan, canSeeConfidentialSource } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { personSelect } from "../select";

export type GetClaimHistoryOptions = { actor: SessionUser; claimId: string };

/**
 * Every recorded change of a claim and its sources, oldest first. Works for deleted claims too.
 * The log keeps what sources said when they were added or changed; a source that is confidential
 * now, or was at any point, is reduced to its kind for readers who may not see its details.
 */
export async function getClaimHistory({ actor, claimId }: GetClaimHistoryOptions): Promise<HistoryEventDto[]> {
  assertCan(actor, "article:read");
  const db = getDb();
  const [events, claim] = await Promise.all([
    db.activityEvent.findMany({
      where: { claimId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { id: true, at: true, action: true, entityId: true, actorId: true, before: true, after: true, actor: personSelect },
    }),
    db.claim.findUnique({ where: { id: claimId }, select: { assigneeId: true, article: { select: { leadCheckerId: true } } } }),
  ]);
  if (events.length === 0) throw notFound("Claim", claimId);
  // The log is written only through the typed recorder, so each stored entry has its action's shape.
  const entries = events.map(
    ({ entityId, actorId, ...event }) => ({ ...event, entityId, actorId, at: event.at.toISOString() }) as HistoryEventDto & { entityId: string; actorId: string },
  );
  const hidden = await sourcesHiddenFrom(actor, entries, { assigneeId: claim?.assigneeId ?? null, leadCheckerId: claim?.article.leadCheckerId ?? null });
  return entries.map(({ entityId, actorId: _actorId, ...entry }) => (hidden.has(entityId) ? hideSourceValues(entry) : entry));
}

type SourceEvent = HistoryEventDto & { entityId: string; actorId: string };

/** The sources in these events whose details the actor may not see. */
async function sourcesHiddenFrom(actor: SessionUser, entries: SourceEvent[], claim: { assigneeId: string | null; leadCheckerId: string | null }): Promise<Set<string>> {
  const sourceEvents = entries.filter((entry) => entry.action.startsWith("source."));
  if (sourceEvents.length === 0) return new Set();
  const live = await getDb().source.findMany({ where: { id: { in: sourceEvents.map((entry) => entry.entityId) } }, select: { id: true, confidential: true, addedById: true } });
  const liveById = new Map(live.map((source) => [source.id, source]));
  const hidden = new Set<string>();
  for (const entry of sourceEvents) {
    const snapshots = [entry.before, entry.after] as (Partial<SourceSnapshot> | null)[];
    const confidential = liveById.get(entry.entityId)?.confidential || snapshots.some((snapshot) => snapshot?.confidential === true) || hidden.has(entry.entityId);
    const addedById = liveById.get(entry.entityId)?.addedById ?? sourceEvents.find((event) => event.entityId === entry.entityId && event.action === "source.added")?.actorId ?? "";
    if (confidential && !canSeeConfidentialSource(actor, { ...claim, addedById })) hidden.add(entry.entityId);
  }
  return hidden;
}

/** A source event as a reader without access sees it: its kind, that it is confidential, and which fields changed. */
function hideSourceValues(entry: HistoryEventDto): HistoryEventDto {
  const hide = (values: unknown) =>
    values && typeof values === "object"
      ? Object.fromEntries(Object.entries(values).map(([field, value]) => [field, field === "kind" ? value : field === "confidential" ? true : null]))
      : values;
  return { ...entry, before: hide(entry.before), after: hide(entry.after) } as HistoryEventDto & ActivityEntry;
}
