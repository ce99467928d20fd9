import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeskSettingsDto } from "@/lib/dto";
import { assertCan } from "@/lib/permissions";
import { readRatingScale } from "@/lib/publishing/rating-scale";
import { readCheckingPolicy } from "@/lib/workflow/checking-policy";
import type { TUpdateDeskSettings } from "@/lib/validation/settings";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { staleVersion } from "../concurrency";
import { getDb } from "../db";
import { personSelect } from "../select";

// The desk's settings are one row (id "desk"), created on first save; version 0 means never saved.
const DESK = "desk";

const settingsSelect = {
  organizationName: true,
  organizationUrl: true,
  ratingScale: true,
  checkingPolicy: true,
  version: true,
  updatedAt: true,
  updatedBy: personSelect,
} satisfies Prisma.DeskSettingsSelect;

function toDto(row: Prisma.DeskSettingsGetPayload<{ select: typeof settingsSelect }> | null): DeskSettingsDto {
  return {
    organizationName: row?.organizationName ?? "",
    organizationUrl: row?.organizationUrl ?? "",
    ratingScale: readRatingScale(row?.ratingScale ?? null),
    checkingPolicy: readCheckingPolicy(row?.checkingPolicy ?? null),
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}

/** Every signed-in user may read the settings (reports and publishing use them). */
export async function getDeskSettings({ actor, db = getDb() }: { actor: SessionUser; db?: Prisma.TransactionClient }): Promise<DeskSettingsDto> {
  assertCan(actor, "article:read");
  return toDto(await db.deskSettings.findUnique({ where: { id: DESK }, select: settingsSelect }));
}

export async function updateDeskSettings({ actor, input }: { actor: SessionUser; input: TUpdateDeskSettings }): Promise<DeskSettingsDto> {
  assertCan(actor, "desk:configure");
  return getDb().$transaction(async (tx) => {
    // Make sure the row exists, then lock it: concurrent saves queue here and the loser's stale
    // version is refused instead of silently overwriting.
    await tx.$executeRaw`INSERT INTO "DeskSettings" ("id", "updatedAt") VALUES (${DESK}, now()) ON CONFLICT ("id") DO NOTHING`;
    await tx.$queryRaw`SELECT "id" FROM "DeskSettings" WHERE "id" = ${DESK} FOR UPDATE`;
    const current = toDto(await tx.deskSettings.findUnique({ where: { id: DESK }, select: settingsSelect }));
    if (current.version !== input.version) {
      throw staleVersion({
        subject: "The desk settings",
        sent: input.version,
        current: current.version,
        by: current.updatedBy?.name,
        advice: "Reload them and apply your change again.",
      });
    }
    const row = await tx.deskSettings.update({
      where: { id: DESK },
      data: {
        organizationName: input.organizationName,
        organizationUrl: input.organizationUrl,
        ratingScale: input.ratingScale,
        checkingPolicy: input.checkingPolicy,
        updatedById: actor.id,
        version: { increment: 1 },
      },
      select: settingsSelect,
    });
    const changed = (["organizationName", "organizationUrl", "ratingScale", "checkingPolicy"] as const).filter(
      (field) => input[field] !== undefined && JSON.stringify(input[field]) !== JSON.stringify(current[field]),
    );
    if (changed.length > 0) {
      await recordActivity(tx, {
        actorId: actor.id,
        entityType: "desk",
        entityId: DESK,
        action: "desk.settings",
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, input[field]!])),
      });
    }
    return toDto(row);
  });
}
