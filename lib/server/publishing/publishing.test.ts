import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { DEFAULT_RATING_SCALE } from "@/lib/publishing/rating-scale";
import { ZAnnotationImportSchema } from "@/lib/publishing/web-annotation-import";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { exportAnnotations } from "../annotations/export-annotations";
import { importAnnotations } from "../annotations/import-annotations";
import { updateArticleSettings } from "../articles/update-article-settings";
import { createClaim } from "../claims/create-claim";
import { listClaims } from "../claims/list-claims";
import { getDb } from "../db";
import { withDeskSettingsToMyself } from "@/lib/testing/desk-settings-lock";
import { getDeskSettings, updateDeskSettings } from "../settings/desk-settings";
import { addSource } from "../sources/add-source";
import { getClaimReviews } from "./get-claim-reviews";

const TEXT = "Foreign Minister Ana Lima said exports rose 12% in 2025.\n\nShe spoke in Lisbon.";

function code(expected: string) {
  return (error: unknown) => error instanceof AppError && error.code === expected;
}

describe("desk settings", () => {
  it("only admins change them, with version checks", () =>
    withDeskSettingsToMyself(async () => {
      const admin = await createTestUser("admin");
      const editor = await createTestUser("editor");
      await expect(updateDeskSettings({ actor: editor, input: { organizationName: "X", version: 0 } })).rejects.toSatisfy(code("FORBIDDEN"));
      const before = await getDeskSettings({ actor: editor });
      const saved = await updateDeskSettings({ actor: admin, input: { organizationName: "Example News", organizationUrl: "https://news.example", version: before.version } });
      expect(saved).toMatchObject({ organizationName: "Example News", version: before.version + 1, ratingScale: DEFAULT_RATING_SCALE });
      await expect(updateDeskSettings({ actor: admin, input: { organizationName: "Stale", version: before.version } })).rejects.toSatisfy(code("CONFLICT"));
    }));
});

describe("ClaimReview", () => {
  it("publishes the resolved claims once the organization and the published address are set", async () => {
    const admin = await createTestUser("admin");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(admin, TEXT);
    const verified = await createClaim({ actor: checker, articleId: article.id, input: { quote: "Foreign Minister Ana Lima", kind: "title", status: "verified" } });
    const open = await createClaim({ actor: checker, articleId: article.id, input: { quote: "12%", kind: "number" } });

    await withDeskSettingsToMyself(async () => {
      const settings = await getDeskSettings({ actor: admin });
      await updateDeskSettings({ actor: admin, input: { organizationName: "Example News", version: settings.version } });
    });
    await expect(getClaimReviews({ actor: checker, articleId: article.id, claimIds: null })).rejects.toSatisfy(code("UNPROCESSABLE"));
    await updateArticleSettings({ actor: admin, articleId: article.id, input: { publishedUrl: "https://news.example/exports" } });

    const reviews = await getClaimReviews({ actor: checker, articleId: article.id, claimIds: null });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      claimReviewed: "Foreign Minister Ana Lima",
      url: `https://news.example/exports#claim-${verified.id}`,
      reviewRating: { alternateName: "True" },
    });
    await expect(getClaimReviews({ actor: checker, articleId: article.id, claimIds: [open.id] })).rejects.toSatisfy(code("UNPROCESSABLE"));
    await expect(getClaimReviews({ actor: checker, articleId: article.id, claimIds: ["nosuchclaim"] })).rejects.toSatisfy(code("NOT_FOUND"));
  });
});

describe("Web Annotations", () => {
  it("importing an export into a copy of the article recreates the same claims at the same places", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const original = await createTestArticle(editor, TEXT);
    const claim = await createClaim({
      actor: checker,
      articleId: original.id,
      input: { quote: "Ana Lima", kind: "name", status: "incorrect", note: "Her name is Ana Lima-Costa." },
    });
    await createClaim({ actor: checker, articleId: original.id, input: { quote: "Lisbon", kind: "place", status: "verified" } });
    await addSource({ actor: checker, claimId: claim.id, input: { url: "https://gov.example/ministers", title: "Ministers", publisher: "Government", accessedAt: "2026-11-20" } });

    const exported = JSON.parse(JSON.stringify(await exportAnnotations({ actor: checker, articleId: original.id, origin: "https://desk.example" })));
    const copy = await createTestArticle(editor, TEXT);
    const result = await importAnnotations({ actor: checker, articleId: copy.id, annotations: ZAnnotationImportSchema.parse(exported), skipUnplaced: false });
    expect(result).toEqual({ created: 2, alreadyPresent: 0, skipped: [] });

    const shape = (claims: Awaited<ReturnType<typeof listClaims>>) =>
      claims.map((item) => ({
        quote: item.quote,
        start: item.start,
        end: item.end,
        kind: item.kind,
        status: item.status,
        note: item.note,
        sources: item.sources.map((source) => [source.url, source.title, source.publisher, source.accessedAt]),
      }));
    expect(shape(await listClaims({ actor: checker, articleId: copy.id }))).toEqual(shape(await listClaims({ actor: checker, articleId: original.id })));

    const again = await importAnnotations({ actor: checker, articleId: copy.id, annotations: ZAnnotationImportSchema.parse(exported), skipUnplaced: false });
    expect(again).toEqual({ created: 0, alreadyPresent: 2, skipped: [] });
    const events = await getDb().activityEvent.findMany({ where: { articleId: copy.id, action: "claim.created" } });
    expect(events).toHaveLength(2);
    expect(events[0]!.after).toMatchObject({ from: "web annotation import" });
  });

  it("refuses the whole import when an annotation cannot be placed, unless told to skip it", async () => {
    const editor = await createTestUser("editor");
    const article = await createTestArticle(editor, TEXT);
    const annotations = ZAnnotationImportSchema.parse({
      type: "AnnotationPage",
      items: [
        { type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact: "Lisbon" } } },
        { type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact: "Porto" } } },
      ],
    });
    await expect(importAnnotations({ actor: editor, articleId: article.id, annotations, skipUnplaced: false })).rejects.toSatisfy(code("UNPROCESSABLE"));
    expect(await listClaims({ actor: editor, articleId: article.id })).toHaveLength(0);
    const partial = await importAnnotations({ actor: editor, articleId: article.id, annotations, skipUnplaced: true });
    expect(partial).toMatchObject({ created: 1, skipped: [{ index: 1, quote: "Porto" }] });
    const viewer = await createTestUser("viewer");
    await expect(importAnnotations({ actor: viewer, articleId: article.id, annotations, skipUnplaced: true })).rejects.toSatisfy(code("FORBIDDEN"));
  });
});
