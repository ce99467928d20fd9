import { expect, test } from "@playwright/test";
import { readEventStream } from "@/lib/live/read-event-stream";
import { createArticle, createClaim, storageState } from "./helpers";

// The article's event stream, opened by a real browser (EventSource) through the server: a
// colleague's changes arrive as they happen, and a stream cut and opened again with its last
// event id, on the other app server, receives what happened meanwhile.

type Received = { id: string; lastEventId: string; action: string; entityId: string; actor: string };

test.describe("the live stream of an article", () => {
  test.use({ storageState: storageState("checker") });

  test("tells a reader of a colleague's changes within seconds, and a stream resumed from its last id misses nothing", async ({ page, browser }) => {
    test.setTimeout(60_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await page.goto("/articles");

    // Opens a stream in the page, collecting what it receives.
    const open = () =>
      page.evaluate(
        ({ url }) =>
          new Promise<void>((resolve) => {
            const state = window as unknown as { received: Received[]; stream?: EventSource };
            state.received = [];
            const stream = new EventSource(url);
            state.stream = stream;
            stream.addEventListener("ready", () => resolve());
            stream.addEventListener("activity", (message) => {
              const event = JSON.parse((message as MessageEvent<string>).data) as { id: string; action: string; entityId: string; actor: { name: string } };
              state.received.push({ id: event.id, lastEventId: message.lastEventId, action: event.action, entityId: event.entityId, actor: event.actor.name });
            });
          }),
        { url: `/api/articles/${article.id}/events` },
      );
    const received = () => page.evaluate(() => (window as unknown as { received: Received[] }).received);

    await open();
    const claim = await createClaim(editor.request, article.id, "Lisbon", "place");
    await expect.poll(received, { timeout: 3_000 }).toEqual([expect.objectContaining({ action: "claim.created", entityId: claim.id, actor: "Eli Editor" })]);
    const lastId = (await received())[0]!.lastEventId;
    expect(lastId).toMatch(/^\d+$/);

    // Cut: the stream closes; meanwhile the editor sets a status and comments.
    await page.evaluate(() => (window as unknown as { stream: EventSource }).stream.close());
    const patched = await editor.request.patch(`/api/claims/${claim.id}`, { data: { status: "verified", version: claim.version } });
    expect(patched.status()).toBe(200);
    expect((await editor.request.post(`/api/claims/${claim.id}/comments`, { data: { body: "Checked against the itinerary." } })).status()).toBe(201);

    // Resumed with the last id on the other app server (a load balancer may send a reconnection
    // anywhere): it gets what happened while cut, in order.
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    const abort = new AbortController();
    const response = await fetch(`${process.env.E2E_SECOND_URL}/api/articles/${article.id}/events`, { headers: { cookie, "last-event-id": lastId }, signal: abort.signal });
    expect(response.status).toBe(200);
    const resumed: string[] = [];
    void readEventStream(response.body!, (message) => {
      if (message.event === "activity") resumed.push((JSON.parse(message.data) as { action: string }).action);
    }).catch(() => undefined); // Cut by the abort below.
    await expect.poll(() => resumed, { timeout: 5_000 }).toEqual(["claim.updated", "comment.added"]);
    abort.abort();
    await editor.close();
  });
});
