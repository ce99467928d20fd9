import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { withDeskSettingsToMyself } from "@/lib/testing/desk-settings-lock";
import { getDeskSettings, updateDeskSettings } from "../settings/desk-settings";
import { addSource } from "../sources/add-source";
import { updateArticleSettings } from "./update-article-settings";
import { getDb } from "../db";
import { getMyQueue } from "../queue/get-my-queue";
import { transitionArticle } from "./transition-article";
import { updateArticle } from "./update-article";

const TEXT = "Mayor Elena Vasquez opened the bridge on 14 October 2025.";

const appError = (code: AppError["code"]) => (error: unknown) => error instanceof AppError && error.code === code;

describe("article workflow", () => {
  it("goes draft → in check → checked → signed off only once every claim is resolved, recording who signed off", async () => {
    const editor = await createTestUser("editor", "Eli Editor");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(editor, TEXT);
    const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "14 October 2025", kind: "date" } });
    await transitionArticle({ actor: editor, articleId: article.id, to: "in_check" });

    const refused = transitionArticle({ actor: checker, articleId: article.id, to: "checked" });
    await expect(refused).rejects.toSatisfy(
      (error: unknown) =>
        appError("UNPROCESSABLE")(error) &&
        JSON.stringify((error as AppError).details) === JSON.stringify({ blockers: [{ rule: "unresolved", claimId: claim.id, message: "“14 October 2025” is unchecked." }] }),
    );

    // Verified, but on nobody's word: the desk's default policy wants a source.
    await updateClaim({ actor: checker, claimId: claim.id, input: { status: "verified", version: 1 } });
    await expect(transitionArticle({ actor: checker, articleId: article.id, to: "checked" })).rejects.toSatisfy(
      (error: unknown) => appError("UNPROCESSABLE")(error) && (error as AppError & { details: { blockers: { rule: string }[] } }).details.blockers[0]?.rule === "source_required",
    );
    await addSource({ actor: checker, claimId: claim.id, input: { url: "https://city.example/bridge", title: "Opening ceremony" } });
    expect((await transitionArticle({ actor: checker, articleId: article.id, to: "checked" })).state).toBe("checked");
    await expect(transitionArticle({ actor: checker, articleId: article.id, to: "signed_off" })).rejects.toSatisfy(appError("FORBIDDEN"));
    const signed = await transitionArticle({ actor: editor, articleId: article.id, to: "signed_off" });
    expect(signed).toMatchObject({ state: "signed_off", signedOffBy: { id: editor.id, name: "Eli Editor" } });

    const events = await getDb().activityEvent.findMany({ where: { articleId: article.id, action: "article.transitioned" }, orderBy: { at: "asc" } });
    expect(events.map((event) => (event.after as { state: string }).state)).toEqual(["in_check", "checked", "signed_off"]);
  });

  it("reopens the check when a signed-off text is edited", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, TEXT);
    const claim = await createClaim({ actor: editor, articleId: article.id, input: { quote: "Mayor Elena Vasquez", kind: "title" } });
    await updateClaim({ actor: editor, claimId: claim.id, input: { status: "verified", noSourceReason: "Common knowledge: she has been mayor since 2019.", version: 1 } });
    await transitionArticle({ actor: editor, articleId: article.id, to: "in_check" });
    await transitionArticle({ actor: editor, articleId: article.id, to: "checked" });
    await transitionArticle({ actor: editor, articleId: article.id, to: "signed_off" });
    const { article: edited } = await updateArticle({ actor: editor, articleId: article.id, input: { format: "text", content: `${TEXT} More.`, version: 1 } });
    expect(edited).toMatchObject({ state: "in_check", signedOffBy: null, signedOffAt: null });
  });
});

describe("the desk's checking policy", () => {
  it("is the desk's to set: the article's 422 lists every blocker with its rule, and a coverage minimum yields to an editor's recorded reason", async () => {
    const admin = await createTestUser("admin");
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, "Mayor Elena Vasquez opened the bridge on 14 October 2025. It cost 40 million euros. Traffic fell by 12 percent.");
    await transitionArticle({ actor: editor, articleId: article.id, to: "in_check" });
    const reasons = async () =>
      transitionArticle({ actor: editor, articleId: article.id, to: "checked" }).then(
        () => [],
        (error: unknown) => ((error as AppError).details?.blockers as { rule: string }[]).map((blocker) => blocker.rule),
      );
    expect(await reasons()).toEqual(["no_claims"]);

    const disputed = await createClaim({ actor: editor, articleId: article.id, input: { quote: "14 October 2025", kind: "date" } });
    await updateClaim({ actor: editor, claimId: disputed.id, input: { status: "disputed", version: 1 } });
    expect(await reasons()).toEqual(["decision_required"]);

    // Other tests share the desk: set the policy, check, and put it back, holding the settings to ourselves.
    await withDeskSettingsToMyself(async () => {
      const settings = await getDeskSettings({ actor: admin });
      const saved = await updateDeskSettings({
        actor: admin,
        input: { checkingPolicy: { ...settings.checkingPolicy, decisionRequiredFor: [], minimumCoverage: 60 }, version: settings.version },
      });
      try {
        expect(await reasons()).toEqual(["coverage"]);
        await updateArticleSettings({ actor: editor, articleId: article.id, input: { coverageWaiver: "Only the date is in question; the figures are the council's own." } });
        expect((await transitionArticle({ actor: editor, articleId: article.id, to: "checked" })).state).toBe("checked");
      } finally {
        await updateDeskSettings({ actor: admin, input: { checkingPolicy: settings.checkingPolicy, version: saved.version } });
      }
    });
    const waiver = await getDb().activityEvent.findFirst({ where: { articleId: article.id, action: "article.coverage_waiver" } });
    expect(waiver?.after).toEqual({ coverageWaiver: "Only the date is in question; the figures are the council's own." });
  });
});

describe("assignment and the queue", () => {
  it("assigns a claim to a checker, shows it in their queue oldest first until resolved, and refuses viewers", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const viewer = await createTestUser("viewer");
    const article = await createTestArticle(editor, TEXT);
    const first = await createClaim({ actor: editor, articleId: article.id, input: { quote: "Mayor Elena Vasquez", kind: "title" } });
    const second = await createClaim({ actor: editor, articleId: article.id, input: { quote: "14 October 2025", kind: "date" } });
    await updateClaim({ actor: editor, claimId: second.id, input: { assigneeId: checker.id, version: 1 } });
    const assigned = await updateClaim({ actor: editor, claimId: first.id, input: { assigneeId: checker.id, version: 1 } });
    expect(assigned.assignee).toEqual({ id: checker.id, name: checker.name });

    const queue = await getMyQueue({ actor: checker });
    expect(queue.map((item) => item.claim.id)).toEqual([first.id, second.id]);
    expect(queue[0]!.article).toEqual({ id: article.id, title: article.title, state: "draft" });
    const stored = await getDb().claim.findUniqueOrThrow({ where: { id: first.id } });
    expect(queue[0]!.claim).toEqual({
      id: first.id,
      quote: "Mayor Elena Vasquez",
      kind: "title",
      status: "unchecked",
      needsRecheck: false,
      anchorState: "anchored",
      createdAt: stored.createdAt.toISOString(),
    });
    expect((await getMyQueue({ actor: checker, filters: { kind: "date" } })).map((item) => item.claim.id)).toEqual([second.id]);

    await updateClaim({ actor: checker, claimId: first.id, input: { status: "verified", version: 2 } });
    expect((await getMyQueue({ actor: checker })).map((item) => item.claim.id)).toEqual([second.id]);

    await expect(updateClaim({ actor: editor, claimId: second.id, input: { assigneeId: viewer.id, version: 2 } })).rejects.toSatisfy(appError("UNPROCESSABLE"));
    const history = await getDb().activityEvent.findFirst({ where: { claimId: first.id, action: "claim.updated" }, orderBy: { at: "asc" } });
    expect(history).toMatchObject({ before: { assigneeId: null }, after: { assigneeId: checker.id } });
  });
});
