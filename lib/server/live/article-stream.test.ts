import { describe, expect, it } from "vitest";
import { readEventStream, type StreamMessage } from "@/lib/live/read-event-stream";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { recordActivity } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { userForSession } from "../auth/sessions";
import { addComment } from "../comments/comments";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { getDb } from "../db";
import { updateUser } from "../users/manage-users";
import type { LiveEvent } from "./article-events";
import { articleStream } from "./article-stream";
import { presenceOf, setPresence } from "./presence";
import type { PresenceEntry } from "@/lib/live/presence";

/** Reads an event stream as a browser would, message by message. */
function follow(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const messages: StreamMessage[] = [];
  let done = false;
  const pump = readEventStream(stream, (message) => messages.push(message), reader).then(() => {
    done = true;
  });
  const activity = () => messages.filter((message) => message.event === "activity").map((message) => JSON.parse(message.data) as LiveEvent);
  return {
    messages,
    activity,
    closed: () => done,
    lastId: () => messages.findLast((message) => message.id !== undefined)?.id,
    until: async (condition: () => boolean, timeout = 5_000) => {
      const started = Date.now();
      while (!condition()) {
        if (Date.now() - started > timeout) throw new Error(`Timed out; received ${JSON.stringify(messages)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop: () => reader.cancel().then(() => pump),
  };
}

function open(articleId: string, user: SessionUser, since: string | null = null, recheck: () => Promise<SessionUser | null> = () => Promise.resolve(user)) {
  const abort = new AbortController();
  const stream = follow(articleStream({ articleId, userId: user.id, since, recheck, signal: abort.signal, checkEveryMs: 100 }));
  return { ...stream, stop: () => (abort.abort(), stream.stop()) };
}

const TEXT = "The minister said 3,400 nurses were hired in 2025.";

describe("an article's live stream", () => {
  it("tells of each change as it happens, without its values, and a stream resumed from its last id misses nothing", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(editor, TEXT);
    const first = open(article.id, checker);
    await first.until(() => first.messages.some((message) => message.event === "ready"));

    const claim = await createClaim({ actor: editor, articleId: article.id, input: { quote: "3,400 nurses", kind: "number" } });
    await first.until(() => first.activity().length === 1);
    expect(first.activity()[0]).toEqual({
      id: expect.any(String),
      action: "claim.created",
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      at: expect.stringMatching(/Z$/),
      actor: { id: editor.id, name: editor.name },
    });
    const resumeFrom = first.lastId()!;
    await first.stop();

    // While no stream is open: a status change and a comment.
    await updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: claim.version } });
    await addComment({ actor: checker, claimId: claim.id, body: "Ministry figures, table 2." });

    const resumed = open(article.id, checker, resumeFrom);
    await resumed.until(() => resumed.activity().length === 2);
    expect(resumed.activity().map((event) => event.action)).toEqual(["claim.updated", "comment.added"]);
    await resumed.stop();
  });

  it("shares one read among the streams of an article, each given only what is new to it", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, TEXT);
    const early = open(article.id, editor);
    await early.until(() => early.messages.some((message) => message.event === "ready"));
    const first = await createClaim({ actor: editor, articleId: article.id, input: { quote: "3,400 nurses", kind: "number" } });
    await early.until(() => early.activity().length === 1);
    const live = open(article.id, editor);
    await live.until(() => live.messages.some((message) => message.event === "ready"));
    // Resumes from before the first claim while the others follow along.
    const resumed = open(article.id, editor, early.messages.find((message) => message.event === "ready")!.id);
    await resumed.until(() => resumed.activity().length === 1);
    const second = await createClaim({ actor: editor, articleId: article.id, input: { quote: "2025", kind: "date" } });
    await early.until(() => early.activity().length === 2);
    await live.until(() => live.activity().length === 1);
    await resumed.until(() => resumed.activity().length === 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(early.activity().map((event) => event.entityId)).toEqual([first.id, second.id]);
    expect(live.activity().map((event) => event.entityId)).toEqual([second.id]);
    expect(resumed.activity().map((event) => event.entityId)).toEqual([first.id, second.id]);
    expect(early.activity()[0]).not.toHaveProperty("txid");
    await Promise.all([early.stop(), live.stop(), resumed.stop()]);
  });

  it("never skips a change whose transaction began earlier but committed later", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, TEXT);
    const stream = open(article.id, editor);
    await stream.until(() => stream.messages.some((message) => message.event === "ready"));

    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written = () => {};
    const entryWritten = new Promise<void>((resolve) => (written = resolve));
    const slow = getDb().$transaction(
      async (tx) => {
        await recordActivity(tx, {
          actorId: editor.id,
          entityType: "article",
          entityId: article.id,
          articleId: article.id,
          action: "article.lead_checker",
          before: { leadCheckerId: null },
          after: { leadCheckerId: editor.id },
        });
        written();
        await gate;
      },
      { timeout: 20_000 },
    );
    await entryWritten;
    await createClaim({ actor: editor, articleId: article.id, input: { quote: "2025", kind: "date" } });
    // The claim is committed, but the earlier transaction may still add entries before it: held back.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.activity()).toEqual([]);
    release();
    await slow;
    await stream.until(() => stream.activity().length === 2);
    expect(stream.activity().map((event) => event.action)).toEqual(["article.lead_checker", "claim.created"]);
    await stream.stop();
  });

  it("treats an id from another database's future (a restored backup) as now, and still tells what happens", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, TEXT);
    const stream = open(article.id, editor, "18446744073709551615");
    await stream.until(() => stream.messages.some((message) => message.event === "ready"));
    await createClaim({ actor: editor, articleId: article.id, input: { quote: "nurses", kind: "number" } });
    await stream.until(() => stream.activity().length === 1);
    expect(stream.activity()[0]!.action).toBe("claim.created");
    await stream.stop();
  });

  it("ends, saying so, once its user is deactivated", async () => {
    const admin = await createTestUser("admin");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(admin, TEXT);
    const session = { userId: checker.id, sessionId: "stream-session", sessionVersion: 0 };
    const stream = open(article.id, checker, null, () => userForSession(session));
    await stream.until(() => stream.messages.some((message) => message.event === "ready"));
    await updateUser({ actor: admin, userId: checker.id, active: false });
    await stream.until(() => stream.closed(), 5_000);
    expect(stream.messages.at(-1)?.event).toBe("signed-out");
  });

  it("tells every stream who has the article open and what they look at, and forgets a stream that closes", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(editor, TEXT);
    const claim = await createClaim({ actor: editor, articleId: article.id, input: { quote: "3,400 nurses", kind: "number" } });
    const presence = (stream: ReturnType<typeof open>) => {
      const last = stream.messages.findLast((message) => message.event === "presence");
      return last ? (JSON.parse(last.data) as PresenceEntry[]) : [];
    };
    const tabOf = (stream: ReturnType<typeof open>) => (JSON.parse(stream.messages.find((message) => message.event === "ready")!.data) as { tab: string }).tab;

    const editors = open(article.id, editor);
    const checkers = open(article.id, checker);
    await editors.until(() => presence(editors).length === 2);
    await checkers.until(() => presence(checkers).length === 2);
    expect(
      presence(editors)
        .map((entry) => [entry.name, entry.claimId, entry.editing])
        .sort(),
    ).toEqual([
      [checker.name, null, false],
      [editor.name, null, false],
    ]);

    // The checker opens the claim; the editor edits the text. A tab is only its own person's.
    expect(await setPresence(tabOf(checkers), article.id, checker.id, { claimId: claim.id, editing: false })).toBe(true);
    expect(await setPresence(tabOf(checkers), article.id, editor.id, { claimId: null, editing: true })).toBe(false);
    expect(await setPresence(tabOf(editors), article.id, editor.id, { claimId: null, editing: true })).toBe(true);
    await editors.until(() => presence(editors).some((entry) => entry.userId === checker.id && entry.claimId === claim.id) && presence(editors).some((entry) => entry.editing));
    // Presence events carry no id: a reconnection resumes the activity, not the presence.
    expect(editors.messages.filter((message) => message.event === "presence").every((message) => message.id === undefined)).toBe(true);

    await checkers.stop();
    await editors.until(() => presence(editors).length === 1);
    expect(presence(editors)[0]).toMatchObject({ userId: editor.id, editing: true });
    await editors.stop();
    await expect.poll(() => presenceOf(article.id)).toEqual([]);
  });

  it("counts a presence no app server keeps alive as gone", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, TEXT);
    await getDb()
      .$executeRaw`INSERT INTO "Presence" ("id", "articleId", "userId", "seenAt") VALUES (${`stale-${article.id}`}, ${article.id}, ${editor.id}, now() - interval '31 seconds')`;
    await getDb()
      .$executeRaw`INSERT INTO "Presence" ("id", "articleId", "userId", "seenAt") VALUES (${`fresh-${article.id}`}, ${article.id}, ${editor.id}, now() - interval '20 seconds')`;
    expect((await presenceOf(article.id)).map((entry) => entry.tab)).toEqual([`fresh-${article.id}`]);
  });
});
