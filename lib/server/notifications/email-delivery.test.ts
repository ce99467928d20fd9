import { once } from "node:events";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { getDb } from "../db";
import type { MailSettings } from "../mail/mail-settings";
import { deliverEmailNotifications, lastDigestTime } from "./email-delivery";
import { notify } from "./notify";

// A real SMTP server on a free port captures what the delivery sends (no mock transport).
type Captured = { to: string[]; raw: string };
const received: Captured[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), raw });
      callback();
    });
  },
});
let settings: MailSettings;

beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  settings = {
    transport: nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true }),
    from: "Factdesk <desk@example.com>",
    baseUrl: "https://desk.example",
    delayMinutes: 5,
    digestHourUtc: 7,
  };
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const mailTo = (email: string) => received.filter((message) => message.to.includes(email));

/** The message with quoted-printable parts and soft line breaks undone, to read as text. */
function decoded(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/(?:=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ""), "hex").toString("utf8"));
  return bytes;
}

describe("inbox items by email", () => {
  it("go out once each: as they come after a delay if unread, or as a daily digest; never to those who said no", async () => {
    const actor = await createTestUser("editor", "Erin Editor");
    const [soon, daily, never] = await Promise.all([createTestUser("checker", "Sam Soon"), createTestUser("checker", "Dee Daily"), createTestUser("checker", "Nat Never")]);
    const db = getDb();
    await db.user.update({ where: { id: soon.id }, data: { emailNotifications: "immediate" } });
    await db.user.update({ where: { id: daily.id }, data: { emailNotifications: "daily" } });
    const article = await createTestArticle(actor, "Finance Minister Karin Olsen presented the budget.", "Budget day");
    await db.$transaction((tx) =>
      notify(tx, actor.id, [
        { userId: soon.id, kind: "lead_checker", articleId: article.id, excerpt: "Budget day" },
        { userId: soon.id, kind: "mention", articleId: article.id, claimId: "c1", excerpt: "@Sam please check the minister" },
        { userId: daily.id, kind: "mention", articleId: article.id, claimId: "c1", excerpt: "@Dee this one too" },
        { userId: daily.id, kind: "lead_checker", articleId: article.id, excerpt: "Budget day" },
        { userId: never.id, kind: "mention", articleId: article.id, claimId: "c1", excerpt: "@Nat fyi" },
      ]),
    );
    // Dee reads one item in the app before any mail goes out: it is not emailed.
    const read = await db.notification.findFirstOrThrow({ where: { userId: daily.id, kind: "lead_checker" }, select: { id: true } });
    await db.notification.update({ where: { id: read.id }, data: { readAt: new Date() } });

    // Within the delay, nothing goes to Sam yet; Dee's digest is due (none was sent since the digest hour).
    const first = new Date(Date.now() + 60_000);
    await deliverEmailNotifications({ settings, now: first });
    expect(mailTo(soon.email)).toHaveLength(0);
    expect(mailTo(daily.email)).toHaveLength(1);

    // Later, two servers deliver at once: each item still goes out once.
    const later = new Date(Date.now() + 10 * 60_000);
    await Promise.all([deliverEmailNotifications({ settings, now: later }), deliverEmailNotifications({ settings, now: later })]);
    await deliverEmailNotifications({ settings, now: new Date(later.getTime() + 60_000) });

    expect(mailTo(soon.email)).toHaveLength(1);
    const sam = decoded(mailTo(soon.email)[0]!.raw);
    expect(sam).toContain("Subject: Factdesk: 2 things for you");
    expect(sam).toContain("Erin Editor made you lead checker of “Budget day”");
    expect(sam).toContain("“@Sam please check the minister”");
    expect(sam).toContain(`https://desk.example/articles/${article.id}?claim=c1`);
    expect(mailTo(daily.email)).toHaveLength(1);
    const dee = decoded(mailTo(daily.email)[0]!.raw);
    expect(dee).toContain("daily digest (1 thing)");
    expect(dee).toContain("@Dee this one too");
    expect(dee).not.toContain("made you lead checker");
    expect(mailTo(never.email)).toHaveLength(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: daily.id }, select: { lastDigestAt: true } })).toEqual({ lastDigestAt: first });

    // The next digest waits for the next day's digest hour.
    await db.$transaction((tx) => notify(tx, actor.id, [{ userId: daily.id, kind: "reopened", articleId: article.id, excerpt: "Budget day" }]));
    await deliverEmailNotifications({ settings, now: new Date(later.getTime() + 2 * 60_000) });
    expect(mailTo(daily.email)).toHaveLength(1);
    const tomorrow = new Date(lastDigestTime(first, 7).getTime() + 86_400_000 + 60_000);
    await deliverEmailNotifications({ settings, now: tomorrow });
    expect(mailTo(daily.email)).toHaveLength(2);
  });

  it("knows the last digest time: today's hour once reached, else yesterday's", () => {
    expect(lastDigestTime(new Date("2026-12-02T08:30:00Z"), 7).toISOString()).toBe("2026-12-02T07:00:00.000Z");
    expect(lastDigestTime(new Date("2026-12-02T06:30:00Z"), 7).toISOString()).toBe("2026-12-01T07:00:00.000Z");
  });
});
