import "server-only";
import type { TPreferences } from "@/lib/validation/user";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";

export type PreferencesDto = TPreferences & { emailAvailable: boolean };

/** One's own preferences; `emailAvailable` says whether this installation sends email at all. */
export async function getPreferences({ actor }: { actor: SessionUser }): Promise<PreferencesDto> {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { emailNotifications: true } });
  return { emailNotifications: user.emailNotifications, emailAvailable: Boolean(process.env.SMTP_URL) };
}

/** Everyone may set their own preferences (and only their own). */
export async function updatePreferences({ actor, input }: { actor: SessionUser; input: TPreferences }): Promise<PreferencesDto> {
  const user = await getDb().user.update({ where: { id: actor.id }, data: { emailNotifications: input.emailNotifications }, select: { emailNotifications: true } });
  return { emailNotifications: user.emailNotifications, emailAvailable: Boolean(process.env.SMTP_URL) };
}
