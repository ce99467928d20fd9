import { describe, expect, it } from "vitest";
import { readEventStream, type StreamMessage } from "@/lib/live/read-event-stream";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import type { SessionUser } from "../auth/session-user";
import { createClaim } from "../claims/create-claim";
import { getDb } from "../db";
import { newId } from "../ids";
import { markNotificationsRead } from "../notifications/notifications";
import { currentHorizon, loggedSince } from "./article-events";
import { articleStream } from "./article-stream";
import { deskStream } from "./desk-stream";

/** Reads a stream's messages as they come; `stop` cuts it. */
function follow(stream: ReadableStream<Uint8Array>, abort: AbortController) {
  const reader = stream.getReader();
  const messages: StreamMessage[] = [];
  const pump = readEventStream(stream, (message) => messages.push(message), reader);
  const of = (event: string) => messages.filter((message) => message.event === event).map((message) => JSON.parse(message.data) as unknown);
  return {
    of,
    until: async (condition: () => boolean, timeout = 5_000) => {
      const started = Date.now();
      while (!condition()) {
        if (Date.now() - started > timeout) throw new Error(`Timed out; received ${JSON.stringify(messages)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop: () => (abort.abort(), reader.cancel().then(() => pump)),
  };
}

function openDesk(user: SessionUser, since: string | null = null) {
  const abort = new AbortController();
  return follow(deskStream({ userId: user.id, since, recheck: () => Promise.resolve(user), signal: abort.signal }), abort);
}

async function notify(recipient: SessionUser, actor: SessionUser, articleId: string, claimId: string) {
  await getDb()
    .$executeRaw`INSERT INTO "Notification" ("id", "userId", "actorId", "kind", "articleId", "claimId", "commentId", "excerpt") VALUES (${newId()}, ${recipient.id}, ${actor.id}, 'mention', ${articleId}, ${claimId}, ${newId()}, 'Look at this')`;
}

describe("the desk's stream", () => {
  it("gives the inbox's unread count at once and whenever it changes, on the desk stream and an article's", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(editor, "The minister said 3,400 nurses were hired in 2025.");
    const claim = await createClaim({ actor: editor, articleId: article.id, input: { quote: "3,400 nurses", kind: "number" } });
    const desk = openDesk(checker);
    const abort = new AbortController();
    const workspace = follow(articleStream({ articleId: article.id, userId: checker.id, since: null, recheck: () => Promise.resolve(checker), signal: abort.signal }), abort);
    await desk.until(() => desk.of("inbox").length === 1);
    await workspace.until(() => workspace.of("inbox").length === 1);
    expect(desk.of("inbox")).toEqual([{ unread: 0 }]);

    await notify(checker, editor, article.id, claim.id);
    await notify(checker, editor, article.id, claim.id);
    await desk.until(() => desk.of("inbox").some((event) => (event as { unread: number }).unread === 2));
    await workspace.until(() => workspace.of("inbox").some((event) => (event as { unread: number }).unread === 2));

    await markNotificationsRead({ actor: checker });
    await desk.until(() => (desk.of("inbox").at(-1) as { unread: number }).unread === 0);
    await Promise.all([desk.stop(), workspace.stop()]);
  });

  it("names the articles that changed, for lists to read again", async () => {
    const editor = await createTestUser("editor");
    const viewer = await createTestUser("viewer");
    const desk = openDesk(viewer);
    await desk.until(() => desk.of("inbox").length === 1);
    const article = await createTestArticle(editor, "Turnout was 61 per cent.");
    await createClaim({ actor: editor, articleId: article.id, input: { quote: "61 per cent", kind: "number" } });
    await desk.until(() => desk.of("desk").some((event) => (event as { articles: string[] }).articles.includes(article.id)));
    await desk.stop();
  });

  it("announces at once what changed between a page's read and its stream opening", async () => {
    const editor = await createTestUser("editor");
    const viewer = await createTestUser("viewer");
    const article = await createTestArticle(editor, "Turnout was 61 per cent.");
    // The page read here (the horizon is taken before its read), then a change, then the stream opens.
    const readAt = await currentHorizon();
    await createClaim({ actor: editor, articleId: article.id, input: { quote: "61 per cent", kind: "number" } });
    const late = openDesk(viewer, readAt);
    await late.until(() => late.of("desk").some((event) => (event as { missed?: boolean }).missed === true));
    await late.stop();

    // Nothing logged from a position no transaction has reached yet.
    const [row] = await getDb().$queryRaw<{ ahead: string }[]>`SELECT (pg_current_xact_id()::text::numeric + 1000000)::text AS "ahead"`;
    expect(await loggedSince(row!.ahead)).toBe(false);
    expect(await loggedSince(readAt)).toBe(true);
  });
});
