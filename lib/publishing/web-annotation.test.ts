import { describe, expect, it } from "vitest";
import { claimFixture, sourceFixture } from "../testing/report-fixtures";
import { buildAnnotationCollection } from "./web-annotation-export";
import { ZAnnotationImportSchema, locateAnnotations } from "./web-annotation-import";

const TEXT = "Jane Doe met Jane Doe's deputy. Jane Doe left in May.";

function exportClaims(claims: ReturnType<typeof claimFixture>[], text = TEXT) {
  return buildAnnotationCollection({
    articleUrl: "https://desk.example/articles/a1",
    collectionUrl: "https://desk.example/api/articles/a1/annotations",
    claimUrl: (id) => `https://desk.example/api/claims/${id}`,
    title: "T",
    text,
    claims,
  });
}

describe("Web Annotation export", () => {
  it("describes each claim with both selectors and its status, kind, note and sources", () => {
    const collection = exportClaims([
      claimFixture({
        id: "c1",
        quote: "Jane Doe",
        start: 32,
        end: 40,
        status: "verified",
        note: "Seen.",
        sources: [sourceFixture(), sourceFixture({ id: "s2", confidential: true, kind: "person", title: "Aide" })],
      }),
      claimFixture({ id: "gone", start: null, end: null, anchorState: "orphaned" }),
    ]);
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 1, "factdesk:orphanedLeftOut": 1 });
    const [annotation] = collection.first.items;
    expect(annotation).toMatchObject({
      id: "https://desk.example/api/claims/c1",
      type: "Annotation",
      motivation: "assessing",
      target: {
        source: "https://desk.example/articles/a1",
        selector: [
          { type: "TextQuoteSelector", exact: "Jane Doe", prefix: "Jane Doe met Jane Doe's deputy. ", suffix: " left in May." },
          { type: "TextPositionSelector", start: 32, end: 40 },
        ],
      },
    });
    expect(annotation!.body).toEqual([
      { type: "TextualBody", purpose: "assessing", value: "verified", "factdesk:status": "verified" },
      { type: "TextualBody", purpose: "classifying", value: "name", "factdesk:kind": "name" },
      { type: "TextualBody", purpose: "commenting", value: "Seen.", format: "text/plain" },
      expect.objectContaining({ type: "SpecificResource", purpose: "linking", source: "https://gov.example/cabinet", "factdesk:title": "Cabinet members" }),
      { type: "SpecificResource", purpose: "linking", "factdesk:sourceKind": "person", "factdesk:confidential": true },
    ]);
  });
});

describe("Web Annotation import", () => {
  it("round-trips: an export placed into the same text gives the same spans, statuses, notes and sources", () => {
    const claims = [
      claimFixture({ id: "c1", quote: "Jane Doe", start: 13, end: 21, kind: "name", status: "incorrect", note: "Wrong person.", sources: [sourceFixture()] }),
      claimFixture({ id: "c2", quote: "May", start: 49, end: 52, kind: "date", status: "verified" }),
    ];
    const parsed = ZAnnotationImportSchema.parse(JSON.parse(JSON.stringify(exportClaims(claims))));
    const { claims: placed, problems } = locateAnnotations(TEXT, parsed);
    expect(problems).toEqual([]);
    expect(placed).toEqual([
      {
        start: 13,
        end: 21,
        kind: "name",
        status: "incorrect",
        note: "Wrong person.",
        sources: [
          {
            kind: "web",
            confidential: false,
            url: "https://gov.example/cabinet",
            title: "Cabinet members",
            publisher: "Government of Example",
            excerpt: "Jane Doe, Secretary of State",
            accessedAt: "2026-11-02",
          },
        ],
      },
      { start: 49, end: 52, kind: "date", status: "verified", note: "", sources: [] },
    ]);
  });

  it("uses the quote and its context when the positions no longer fit (text edited before it)", () => {
    const parsed = ZAnnotationImportSchema.parse(exportClaims([claimFixture({ quote: "Jane Doe", start: 13, end: 21 })]));
    const edited = `Breaking: ${TEXT}`;
    expect(locateAnnotations(edited, parsed).claims[0]).toMatchObject({ start: 23, end: 31 });
  });

  it("accepts annotations from other tools and reports those it cannot place", () => {
    const parsed = ZAnnotationImportSchema.parse({
      type: "AnnotationPage",
      items: [
        { type: "Annotation", bodyValue: "Check this", target: { source: "x", selector: { type: "TextQuoteSelector", exact: "deputy" } } },
        {
          type: "Annotation",
          target: {
            selector: [
              { type: "TextQuoteSelector", exact: "Paris" },
              { type: "CssSelector", value: "p" },
            ],
          },
        },
        { type: "Annotation", target: { selector: { type: "TextPositionSelector", start: 5, end: 500 } } },
      ],
    });
    const { claims, problems } = locateAnnotations(TEXT, parsed);
    expect(claims).toEqual([{ start: 24, end: 30, kind: "other", status: "unchecked", note: "Check this", sources: [] }]);
    expect(problems).toEqual([
      { index: 1, quote: "Paris", reason: "its quoted text is not in the article" },
      { index: 2, quote: "", reason: "its TextPositionSelector 5–500 lies outside the article text" },
    ]);
  });

  it("refuses what is not an annotation, and never imports a non-web link", () => {
    expect(ZAnnotationImportSchema.safeParse({ type: "Note", text: "hi" }).success).toBe(false);
    expect(ZAnnotationImportSchema.safeParse({ type: "AnnotationPage", items: [] }).success).toBe(false);
    const parsed = ZAnnotationImportSchema.parse({
      type: "Annotation",
      body: { type: "SpecificResource", purpose: "linking", source: "javascript:alert(1)" },
      target: { selector: { type: "TextQuoteSelector", exact: "May" } },
    });
    expect(locateAnnotations(TEXT, parsed).claims[0]!.sources).toEqual([
      { kind: "web", confidential: false, url: "", title: "Untitled source", publisher: "", excerpt: "", accessedAt: null },
    ]);
  });

  it("refuses a quote or position selector that is not well-formed, instead of reading it", () => {
    const malformed = {
      type: "Annotation",
      target: {
        selector: [
          { type: "TextQuoteSelector", exact: { "": "" } },
          { type: "TextQuoteSelector", exact: "P" },
        ],
      },
    };
    expect(ZAnnotationImportSchema.safeParse(malformed).success).toBe(false);
    expect(ZAnnotationImportSchema.safeParse({ type: "Annotation", target: { selector: { type: "TextPositionSelector", start: "1", end: 2 } } }).success).toBe(false);
    expect(
      ZAnnotationImportSchema.safeParse({
        type: "Annotation",
        target: {
          selector: [
            { type: "CssSelector", value: "p" },
            { type: "TextQuoteSelector", exact: "P" },
          ],
        },
      }).success,
    ).toBe(true);
  });
});
