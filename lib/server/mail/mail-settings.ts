import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

// Email is optional: with SMTP_URL set (smtp://user:pass@host:587, smtps://… for TLS), the inbox
// is also delivered by email to those who asked for it. MAIL_FROM is the sender; links point at
// AUTH_URL (the app's public address).

export type MailSettings = { transport: Transporter; from: string; baseUrl: string; delayMinutes: number; digestHourUtc: number };

export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  if (!env.SMTP_URL) return null;
  return {
    transport: nodemailer.createTransport(env.SMTP_URL),
    from: env.MAIL_FROM || "Factdesk <factdesk@localhost>",
    baseUrl: env.AUTH_URL || "http://localhost:3000",
    delayMinutes: Number(env.EMAIL_DELAY_MINUTES ?? 5),
    digestHourUtc: Number(env.EMAIL_DIGEST_HOUR_UTC ?? 7),
  };
}
