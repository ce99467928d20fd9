import "server-only";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { endAllSessions, forgetSessionUser } from "../auth/sessions";
import { getDb } from "../db";

/** Ends every session of the user (a lost laptop, a shared computer); API tokens are revoked separately. */
export async function signOutEverywhere({ actor }: { actor: SessionUser }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await endAllSessions(tx, actor.id);
    await recordActivity(tx, { actorId: actor.id, entityType: "user", entityId: actor.id, action: "user.sessions_ended", after: { reason: "signed out everywhere" } });
  });
  forgetSessionUser(actor.id);
}
