import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { updateArticle } from "../articles/update-article";
import { updateArticleSettings } from "../articles/update-article-settings";
import { transitionArticle } from "../articles/transition-article";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { getMyQueue } from "../queue/get-my-queue";
import { addSource } from "../sources/add-source";
import { getDb } from "../db";
import { listNotifications, markNotificationsRead } from "./notifications";

const TEXT = "Mayor Elena Vasquez opened the bridge on 14 October 2025.\n\nSome 41,000 vehicles crossed it each day.";

describe("the right people hear of it", () => {
  it("the new lead checker is told, naming the article; nobody is told of their own doing", async () => {
    const editor = await createTestUser("editor", "Eli Editor");
    const checker = await createTestUser("checker", "Cara Checker");
    const article = await createTestArticle(editor, TEXT, "Bridge reopens");
    await updateArticleSettings({ actor: editor, articleId: article.id, input: { leadCheckerId: checker.id } });
    const { notifications, unread } = await listNotifications({ actor: checker });
    expect(unread).toBe(1);
    expect(notifications[0]).toMatchObject({
      kind: "lead_checker",
      articleId: article.id,
      articleTitle: "Bridge reopens",
      claimId: "",
      claimQuote: null,
      actor: { name: "Eli Editor" },
    });
    const stored = await getDb().notification.findUniqueOrThrow({ where: { id: notifications[0]!.id } });
    expect(notifications[0]).toMatchObject({ actor: { id: editor.id, name: "Eli Editor" }, readAt: null, createdAt: stored.createdAt.toISOString() });
    await markNotificationsRead({ actor: checker, ids: [stored.id] });
    const { readAt } = await getDb().notification.findUniqueOrThrow({ where: { id: stored.id } });
    expect((await listNotifications({ actor: checker })).notifications[0]!.readAt).toBe(readAt!.toISOString());

    await updateArticleSettings({ actor: editor, articleId: article.id, input: { leadCheckerId: editor.id } });
    expect((await listNotifications({ actor: editor })).unread).toBe(0);
  });

  it("an edit that reopens a checked article tells its lead checker, and whoever holds or judged a changed claim; it waits in their queue", async () => {
    const editor = await createTestUser("editor", "Eli Editor");
    const lead = await createTestUser("checker", "Lee Lead");
    const other = await createTestUser("checker", "Oda Other");
    const article = await createTestArticle(editor, TEXT, "Bridge figures");
    await updateArticleSettings({ actor: editor, articleId: article.id, input: { leadCheckerId: lead.id } });
    // Judged by the lead, assigned to nobody; and one assigned to another checker.
    const mayor = await createClaim({ actor: lead, articleId: article.id, input: { quote: "Mayor Elena Vasquez", kind: "title", status: "verified" } });
    const vehicles = await createClaim({ actor: lead, articleId: article.id, input: { quote: "41,000 vehicles", kind: "number" } });
    const assigned = await updateClaim({ actor: editor, claimId: vehicles.id, input: { assigneeId: other.id, version: vehicles.version } });
    await updateClaim({ actor: other, claimId: vehicles.id, input: { status: "verified", version: assigned.version } });
    for (const claim of [mayor, vehicles]) await addSource({ actor: lead, claimId: claim.id, input: { url: "https://city.example/bridge", title: "Council release" } });
    await transitionArticle({ actor: editor, articleId: article.id, to: "in_check" });
    await transitionArticle({ actor: lead, articleId: article.id, to: "checked" });

    await updateArticle({
      actor: editor,
      articleId: article.id,
      input: { format: "text", content: "Mayor Elena Vásquez opened the bridge on 14 October 2025.\n\nSome 42,000 vehicles crossed it each day.", version: article.version },
    });

    const leadInbox = (await listNotifications({ actor: lead })).notifications.filter((notification) => notification.kind !== "lead_checker");
    expect(leadInbox.map((notification) => [notification.kind, notification.claimId])).toEqual(
      expect.arrayContaining([
        ["reopened", ""],
        ["recheck", mayor.id],
      ]),
    );
    expect(leadInbox).toHaveLength(2);
    expect(leadInbox.find((notification) => notification.kind === "recheck")).toMatchObject({ articleTitle: "Bridge figures", claimQuote: "Mayor Elena Vásquez" });
    const otherInbox = (await listNotifications({ actor: other })).notifications;
    expect(otherInbox.map((notification) => [notification.kind, notification.claimId])).toEqual([["recheck", vehicles.id]]);

    expect((await getMyQueue({ actor: lead })).map((item) => item.claim.id)).toEqual([mayor.id]);
    expect((await getMyQueue({ actor: other })).map((item) => item.claim.id)).toEqual([vehicles.id]);
    expect((await listNotifications({ actor: editor })).unread).toBe(0);
  });
});
