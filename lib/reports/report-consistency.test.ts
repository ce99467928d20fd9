import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANCHOR_STATES, CLAIM_KINDS, CLAIM_STATUSES, isResolved } from "../claims/vocabulary";
import { articleFixture, claimFixture, person } from "../testing/report-fixtures";
import { ALL_CLAIMS, buildReport } from "./build-report";
import { composeCorrectionsMemo } from "./compose-corrections";
import { plainText, type Block } from "./report-document";
import { composeReport } from "./render-report";

// Every count a report prints must equal the entries it lists: checked over generated articles.

const claimArbitrary = fc.record({
  status: fc.constantFrom(...CLAIM_STATUSES),
  kind: fc.constantFrom(...CLAIM_KINDS),
  anchorState: fc.constantFrom(...ANCHOR_STATES),
  changed: fc.boolean(),
  corrected: fc.boolean(),
});

const claimsArbitrary = fc.array(claimArbitrary, { maxLength: 25 }).map((drafts) =>
  drafts.map((draft, index) => {
    // Only a resolved claim can be changed since checked, and an orphaned claim has no position.
    const needsRecheck = draft.changed && isResolved(draft.status);
    const orphaned = draft.anchorState === "orphaned";
    // Only a verified claim can have been corrected.
    const corrected = draft.corrected && draft.status === "verified";
    return claimFixture({
      id: `c${index}`,
      quote: `claim ${index}`,
      status: draft.status,
      kind: draft.kind,
      anchorState: draft.anchorState,
      needsRecheck,
      previousQuote: needsRecheck ? `claim ${index} as judged` : null,
      correctedQuote: corrected ? `claim ${index} before the correction` : null,
      correctedStatus: corrected ? "incorrect" : null,
      start: orphaned ? null : index * 10,
      end: orphaned ? null : index * 10 + 5,
    });
  }),
);

const report = (type: "verified" | "corrections", claims: ReturnType<typeof claimFixture>[]) =>
  buildReport({
    type,
    article: articleFixture(),
    revision: 1,
    claims,
    comments: new Map(),
    filters: ALL_CLAIMS,
    generatedBy: person,
    generatedAt: new Date("2026-12-02T00:00:00Z"),
  });

const flatten = (blocks: Block[]): Block[] => blocks.flatMap((block) => (block.kind === "group" ? flatten(block.blocks) : [block]));
const paragraphs = (blocks: Block[]) => flatten(blocks).flatMap((block) => (block.kind === "paragraph" ? [plainText(block.content)] : []));
const headings = (blocks: Block[], level: number) => flatten(blocks).flatMap((block) => (block.kind === "heading" && block.level === level ? [block.text] : []));

describe("reports agree with themselves", () => {
  it("the corrections memo's summary, section counts and entries are one computation", () => {
    fc.assert(
      fc.property(claimsArbitrary, (claims) => {
        const memo = report("corrections", claims);
        const { blocks } = composeCorrectionsMemo(memo);
        const entries = headings(blocks, 3);
        // Every claim that must change is listed once; nothing else is.
        const expected = claims.filter(
          (claim) => claim.status === "incorrect" || claim.status === "disputed" || !isResolved(claim.status) || claim.needsRecheck || claim.anchorState === "orphaned",
        );
        // Corrections are listed too, in their own section, until sign-off.
        const corrected = claims.filter((claim) => claim.correctedQuote !== null && !claim.needsRecheck && claim.anchorState !== "orphaned");
        expect(entries).toHaveLength(expected.length + corrected.length);
        const summary = paragraphs(blocks).find((line) => line.includes("attention before publication") || line.startsWith("Nothing to correct"))!;
        expect(Number(/(\d+) claims? (?:was|were) corrected/.exec(summary)?.[1] ?? 0)).toBe(corrected.length);
        const correctedHeading = headings(blocks, 2).find((heading) => heading.startsWith("Corrected"));
        expect(Number(/\((\d+)\)$/.exec(correctedHeading ?? "(0)")![1])).toBe(corrected.length);
        if (expected.length === 0) {
          expect(summary).toMatch(/^Nothing to correct/);
          return;
        }
        expect(summary).toMatch(new RegExp(`^${expected.length} claims? needs? attention`));
        // Each "N phrase" of the summary is the number of entries under that section's heading.
        const sections = headings(blocks, 2)
          .filter((heading) => !heading.startsWith("Corrected"))
          .map((heading) => Number(/\((\d+)\)$/.exec(heading)![1]));
        const summed = [...summary.matchAll(/(\d+) (incorrect|disputed|lost from the text|to check again after an edit|not yet resolved)/g)].map((match) => Number(match[1]));
        expect(summed.filter((count) => count > 0)).toEqual(sections);
        expect(summed.reduce((sum, count) => sum + count, 0)).toBe(expected.length);
        // "k of them changed since checked" equals the entries that say so.
        const changedEntries = flatten(blocks).filter((block) => block.kind === "details" && block.rows.some((row) => row.label === "Changed since checked")).length;
        const changedSaid = Number(/(\d+) of them changed/.exec(summary)?.[1] ?? 0);
        expect(changedSaid).toBe(changedEntries);
      }),
      { numRuns: 200 },
    );
  });

  it("the verified-claims report's totals equal the claims it lists", () => {
    fc.assert(
      fc.property(claimsArbitrary, (claims) => {
        const verified = report("verified", claims);
        const { totals } = verified;
        expect(totals.claims).toBe(verified.claims.length);
        expect(Object.values(totals.byStatus).reduce((sum, count) => sum + count, 0)).toBe(verified.claims.length);
        expect(totals.needsRecheck).toBe(verified.claims.filter((claim) => claim.needsRecheck).length);
        expect(totals.orphaned).toBe(verified.claims.filter((claim) => claim.anchorState === "orphaned").length);
        expect(headings(composeReport(verified).blocks, 3).length).toBeGreaterThanOrEqual(verified.claims.length);
      }),
      { numRuns: 100 },
    );
  });
});
