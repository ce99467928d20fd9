import "server-only";
import type { HistoryEventDto } from "@/lib/dto";
import { notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { personSelect } from "../select";

export type GetClaimHistoryOptions = { actor: SessionUser; claimId: string };

/** Every recorded change of a claim and its sources, oldest first. Works for deleted claims too. */
export async function getClaimHistory({ actor, claimId }: GetClaimHistoryOptions): Promise<HistoryEventDto[]> {
  assertCan(actor, "article:read");
  const events = await getDb().activityEvent.findMany({
    where: { claimId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, action: true, before: true, after: true, actor: personSelect },
  });
  if (events.length === 0) throw notFound("Claim", claimId);
  // The log is written only through the typed recorder, so each stored entry has its action's shape.
  return events.map((event) => ({ ...event, at: event.at.toISOString() }) as HistoryEventDto);
}
