import "server-only";
import { mailSettingsFromEnv } from "../mail/mail-settings";
import { deliverEmailNotifications } from "./email-delivery";

const EVERY_MS = 60_000;

/** Delivers due inbox emails every minute in this process (see instrumentation.ts). */
export function startEmailDelivery(): void {
  const settings = mailSettingsFromEnv();
  if (!settings) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { emails, failed } = await deliverEmailNotifications({ settings });
      if (emails || failed) console.log(`[email] sent ${emails} email(s)${failed ? `, ${failed} failed (will retry)` : ""}`);
    } catch (error) {
      // The database may be away for a moment; the next round tries again.
      console.error("[email] delivery round failed:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), EVERY_MS).unref();
}
