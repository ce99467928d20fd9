import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { countQueries } from "@/lib/testing/count-queries";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { createClaim } from "../claims/create-claim";
import { getClaimHistory } from "../claims/get-claim-history";
import { listClaims } from "../claims/list-claims";
import { updateClaim } from "../claims/update-claim";
import { getDb } from "../db";
import { getRevision, listRevisions } from "../revisions/list-revisions";
import { updateArticle } from "./update-article";

const FIRST = "Mayor Elena Vasquez opened the bridge on 14 October 2025.";
const SECOND = "The repair cost €38.2 million, the council said.";
const THIRD = "Some 41,000 vehicles crossed it each day.";
const TEXT = [FIRST, SECOND, THIRD].join("\n\n");

async function setup() {
  const editor = await createTestUser("editor", "Eli Editor");
  const checker = await createTestUser("checker", "Cara Checker");
  const article = await createTestArticle(editor, TEXT);
  const mayor = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Mayor Elena Vasquez", kind: "title", status: "verified" } });
  const cost = await createClaim({ actor: checker, articleId: article.id, input: { quote: "€38.2 million", kind: "number", status: "incorrect" } });
  const vehicles = await createClaim({ actor: checker, articleId: article.id, input: { quote: "41,000 vehicles", kind: "number" } });
  return { editor, checker, article, mayor, cost, vehicles };
}

const save = (actor: Awaited<ReturnType<typeof setup>>["editor"], articleId: string, content: string, version: number) =>
  updateArticle({ actor, articleId, input: { format: "text", content, version } });

const byId = async (actor: Awaited<ReturnType<typeof setup>>["editor"], articleId: string) => new Map((await listClaims({ actor, articleId })).map((claim) => [claim.id, claim]));

describe("updateArticle", () => {
  it("saves a revision, bumps the version and moves claims with their text", async () => {
    const { editor, article, mayor, cost } = await setup();
    const content = `Updated with the council's figures.\n\n${TEXT}`;
    const { article: saved, reanchored } = await save(editor, article.id, content, 1);
    expect(saved.version).toBe(2);
    expect(saved.text).toBe(content);
    expect(reanchored).toEqual({ anchored: 3, shifted: 0, orphaned: 0, needsRecheck: 0 });
    const claims = await byId(editor, article.id);
    const movedMayor = claims.get(mayor.id)!;
    expect(content.slice(movedMayor.start!, movedMayor.end!)).toBe("Mayor Elena Vasquez");
    // A move is not a change a checker has to know of: no new version, no needsRecheck.
    expect(movedMayor).toMatchObject({ anchorState: "anchored", needsRecheck: false, version: 1, status: "verified" });
    expect(claims.get(cost.id)!.start).toBe(cost.start! + "Updated with the council's figures.\n\n".length);

    expect((await listRevisions({ actor: editor, articleId: article.id })).map((revision) => revision.number)).toEqual([2, 1]);
    expect((await getRevision({ actor: editor, articleId: article.id, number: 1 })).text).toBe(TEXT);
  });

  it("flags a checked claim whose words changed, keeping its verdict and the old text, until confirmed", async () => {
    const { editor, checker, article, mayor, vehicles } = await setup();
    const content = TEXT.replace("Mayor Elena Vasquez", "Mayor Elena Vásquez").replace("41,000 vehicles", "37,500 vehicles");
    const { reanchored } = await save(editor, article.id, content, 1);
    expect(reanchored).toEqual({ anchored: 1, shifted: 2, orphaned: 0, needsRecheck: 1 });
    const claims = await byId(editor, article.id);
    expect(claims.get(mayor.id)).toMatchObject({
      anchorState: "shifted",
      quote: "Mayor Elena Vásquez",
      previousQuote: "Mayor Elena Vasquez",
      needsRecheck: true,
      status: "verified",
      version: 2,
    });
    // An unchecked claim's text changing needs no re-check; its old text is still shown.
    expect(claims.get(vehicles.id)).toMatchObject({ anchorState: "shifted", quote: "37,500 vehicles", previousQuote: "41,000 vehicles", needsRecheck: false });

    const history = await getClaimHistory({ actor: checker, claimId: mayor.id });
    expect(history.at(-1)).toMatchObject({
      action: "claim.reanchored",
      actor: { id: editor.id },
      before: { quote: "Mayor Elena Vasquez", anchorState: "anchored", needsRecheck: false },
      after: { quote: "Mayor Elena Vásquez", anchorState: "shifted", needsRecheck: true },
    });

    const confirmed = await updateClaim({ actor: checker, claimId: mayor.id, input: { needsRecheck: false, version: 2 } });
    expect(confirmed).toMatchObject({ needsRecheck: false, previousQuote: null, status: "verified", version: 3 });
    expect((await getClaimHistory({ actor: checker, claimId: mayor.id })).at(-1)).toMatchObject({ action: "claim.rechecked", actor: { id: checker.id } });
  });

  it("keeps the flag and the originally checked text through a second edit", async () => {
    const { editor, article, mayor } = await setup();
    const once = TEXT.replace("Mayor Elena Vasquez", "Mayor Elena Vásquez");
    await save(editor, article.id, once, 1);
    await save(editor, article.id, once.replace("Mayor Elena Vásquez", "Mayor Helena Vásquez"), 2);
    expect((await byId(editor, article.id)).get(mayor.id)).toMatchObject({ quote: "Mayor Helena Vásquez", previousQuote: "Mayor Elena Vasquez", needsRecheck: true });
  });

  it("does not flag anything for a copy edit elsewhere", async () => {
    const { editor, article } = await setup();
    const { reanchored } = await save(editor, article.id, TEXT.replace("crossed it each day", "crossed it every day"), 1);
    expect(reanchored).toEqual({ anchored: 3, shifted: 0, orphaned: 0, needsRecheck: 0 });
  });

  it("orphans the claims of a deleted paragraph, lists them last, and lets a checker re-attach one", async () => {
    const { editor, checker, article, cost, mayor } = await setup();
    const content = [FIRST, THIRD, "The council put the repair bill at €38.2m."].join("\n\n");
    await save(editor, article.id, content, 1);
    const claims = await listClaims({ actor: checker, articleId: article.id });
    expect(claims.at(-1)).toMatchObject({ id: cost.id, anchorState: "orphaned", start: null, end: null, quote: "€38.2 million", status: "incorrect" });
    expect(claims[0]!.id).toBe(mayor.id);

    const start = content.indexOf("€38.2m");
    const reattached = await updateClaim({ actor: checker, claimId: cost.id, input: { start, end: start + 6, articleVersion: 2, version: cost.version + 1 } });
    expect(reattached).toMatchObject({ anchorState: "anchored", start, quote: "€38.2m", needsRecheck: true, previousQuote: "€38.2 million" });
    expect((await getClaimHistory({ actor: checker, claimId: cost.id })).at(-1)).toMatchObject({ action: "claim.reattached" });
  });

  it("refuses a stale version with a conflict and changes nothing", async () => {
    const { editor, article, mayor } = await setup();
    await save(editor, article.id, `${TEXT}\n\nA new closing line.`, 1);
    const conflict = save(editor, article.id, "Someone else's text entirely.", 1);
    await expect(conflict).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === "CONFLICT" && /version 1, it is now at version 2/.test(error.message));
    const stored = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { text: true, version: true } });
    expect(stored).toEqual({ text: `${TEXT}\n\nA new closing line.`, version: 2 });
    expect((await byId(editor, article.id)).get(mayor.id)!.anchorState).toBe("anchored");
  });

  it("is refused to checkers and viewers", async () => {
    const { checker, article } = await setup();
    await expect(save(checker, article.id, "x", 1)).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === "FORBIDDEN");
  });

  it("refuses a claim made against an older text", async () => {
    const { editor, checker, article } = await setup();
    await save(editor, article.id, `Intro.\n\n${TEXT}`, 1);
    await expect(createClaim({ actor: checker, articleId: article.id, input: { start: 0, end: 5, kind: "other", articleVersion: 1 } })).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === "CONFLICT",
    );
  });

  it("costs the same number of queries for 3 claims as for 30", async () => {
    const { editor, checker, article, mayor } = await setup();
    const small = await countQueries(() => save(editor, article.id, `A.\n\n${TEXT.replace("Vasquez", "Vásquez")}`, 1));
    for (let index = 0; index < 27; index++) {
      await createClaim({ actor: checker, articleId: article.id, input: { quote: "the", occurrence: 1 + (index % 2), kind: "other", status: "verified" } });
    }
    // Confirmed again, so the second edit also changes a checked claim (and notifies, as the first did).
    const { version } = await getDb().claim.findUniqueOrThrow({ where: { id: mayor.id }, select: { version: true } });
    await updateClaim({ actor: checker, claimId: mayor.id, input: { needsRecheck: false, version } });
    const large = await countQueries(() => save(editor, article.id, `B.\n\n${TEXT.replace("Vasquez", "Vazquez")}`, 2));
    expect(large.result.reanchored.anchored + large.result.reanchored.shifted).toBe(30);
    // Both counts are real: zero would mean the query log is not being read.
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });
});
