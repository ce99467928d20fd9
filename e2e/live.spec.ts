import { expect, test } from "@playwright/test";
import { createArticle, createClaim, storageState } from "./helpers";

// The article's event stream, opened by a real browser (EventSource) through the server: a
// colleague's changes arrive as they happen, and a stream cut and opened again with its last
// event id receives what happened meanwhile.

type Received = { id: string; lastEventId: string; action: string; entityId: string; actor: string };

test.describe("the live stream of an article", () => {
  test.use({ storageState: storageState("checker") });

  test("tells a reader of a colleague's changes within seconds, and a stream resumed from its last id misses nothing", async ({ page, browser }) => {
    test.setTimeout(60_000);
    const editor = await browser.newContext({ storageState: storageState("editor") });
    const article = await createArticle(editor.request);
    await page.goto("/articles");

    // Opens a stream in the page (optionally resuming), collecting what it receives.
    const open = (since?: string) =>
      page.evaluate(
        ({ url, since }) =>
          new Promise<void>((resolve) => {
            const state = window as unknown as { received: Received[]; stream?: EventSource };
            state.received = [];
            // EventSource sends Last-Event-ID only when it reconnects by itself: resume through fetch instead.
            if (since) {
              void fetch(url, { headers: { "Last-Event-ID": since } }).then(async (response) => {
                const reader = response.body!.getReader();
                const decoder = new TextDecoder();
                let buffer = "";
                resolve();
                for (;;) {
                  const chunk = await reader.read();
                  if (chunk.done) return;
                  buffer += decoder.decode(chunk.value, { stream: true });
                  for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
                    const lines = buffer.slice(0, end).split("\n");
                    buffer = buffer.slice(end + 2);
                    const data = lines.find((line) => line.startsWith('data: {"id"'));
                    const id = lines.find((line) => line.startsWith("id: "))?.slice(4) ?? "";
                    if (data) {
                      const event = JSON.parse(data.slice(6)) as { action: string; entityId: string; actor: { name: string } };
                      state.received.push({ id: "", lastEventId: id, action: event.action, entityId: event.entityId, actor: event.actor.name });
                    }
                  }
                }
              });
              return;
            }
            const stream = new EventSource(url);
            state.stream = stream;
            stream.addEventListener("ready", () => resolve());
            stream.addEventListener("activity", (message) => {
              const event = JSON.parse((message as MessageEvent<string>).data) as { id: string; action: string; entityId: string; actor: { name: string } };
              state.received.push({ id: event.id, lastEventId: message.lastEventId, action: event.action, entityId: event.entityId, actor: event.actor.name });
            });
          }),
        { url: `/api/articles/${article.id}/events`, since },
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

    await open(lastId);
    await expect.poll(async () => (await received()).map((event) => event.action), { timeout: 5_000 }).toEqual(["claim.updated", "comment.added"]);
    await editor.close();
  });
});
