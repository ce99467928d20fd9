import "server-only";
import { composeDigest, type DigestItem } from "@/lib/notifications/email-digest";
import { getDb } from "../db";
import type { MailSettings } from "../mail/mail-settings";

type PendingRow = DigestItem & { id: string; userId: string; email: string; name: string; frequency: "immediate" | "daily" };

/** Items older than this are not emailed any more: the inbox has them. */
const MAX_AGE_DAYS = 7;
const BATCH = 500;

/** The daily digest time at or before `now` (digestHourUtc today, or yesterday if not yet reached). */
export function lastDigestTime(now: Date, digestHourUtc: number): Date {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), digestHourUtc));
  return today <= now ? today : new Date(today.getTime() - 86_400_000);
}

/**
 * Sends what is due: for people who asked for email as it comes, unread inbox items older than
 * the delay (so nobody is emailed what they just read in the app); for those who asked for a
 * daily digest, every unread item once a day after the digest hour. Safe to run on several app
 * servers at once: the items are claimed with `FOR UPDATE SKIP LOCKED` and marked before the
 * mail goes out; a failed send hands them back for the next round.
 */
export async function deliverEmailNotifications({
  settings,
  now = new Date(),
  db = getDb(),
}: {
  settings: MailSettings;
  now?: Date;
  db?: ReturnType<typeof getDb>;
}): Promise<{ emails: number; items: number; failed: number }> {
  const since = new Date(now.getTime() - MAX_AGE_DAYS * 86_400_000);
  const dueBefore = new Date(now.getTime() - settings.delayMinutes * 60_000);
  const digestTime = lastDigestTime(now, settings.digestHourUtc);
  const claimed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<PendingRow[]>`
      SELECT n."id", n."userId", n."kind", n."articleId", n."claimId", n."excerpt", n."createdAt",
             u."email", u."name", u."emailNotifications"::text AS "frequency",
             a."name" AS "actorName", coalesce(ar."title", '') AS "articleTitle"
      FROM "Notification" n
      JOIN "User" u ON u."id" = n."userId"
      JOIN "User" a ON a."id" = n."actorId"
      LEFT JOIN "Article" ar ON ar."id" = n."articleId"
      WHERE n."emailedAt" IS NULL AND n."readAt" IS NULL AND n."createdAt" > ${since} AND u."active"
        AND ((u."emailNotifications" = 'immediate' AND n."createdAt" <= ${dueBefore})
          OR (u."emailNotifications" = 'daily' AND (u."lastDigestAt" IS NULL OR u."lastDigestAt" < ${digestTime})))
      ORDER BY n."createdAt"
      LIMIT ${BATCH}
      FOR UPDATE OF n SKIP LOCKED`;
    if (rows.length > 0) {
      await tx.notification.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { emailedAt: now } });
      const daily = [...new Set(rows.filter((row) => row.frequency === "daily").map((row) => row.userId))];
      if (daily.length > 0) await tx.user.updateMany({ where: { id: { in: daily } }, data: { lastDigestAt: now } });
    }
    return rows;
  });
  const byUser = new Map<string, PendingRow[]>();
  for (const row of claimed) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  let emails = 0;
  let failed = 0;
  for (const rows of byUser.values()) {
    const [first] = rows;
    const message = composeDigest({ name: first!.name, items: rows, baseUrl: settings.baseUrl, daily: first!.frequency === "daily" });
    try {
      await settings.transport.sendMail({ from: settings.from, to: { name: first!.name, address: first!.email }, ...message });
      emails++;
    } catch (error) {
      failed++;
      console.error(`[email] sending to user ${first!.userId} failed; the items will be tried again:`, error instanceof Error ? error.message : error);
      await db.notification.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { emailedAt: null } });
    }
  }
  return { emails, items: claimed.length, failed };
}
