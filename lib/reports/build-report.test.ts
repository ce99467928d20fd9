import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { articleFixture, claimFixture, person, sourceFixture } from "../testing/report-fixtures";
import { ALL_CLAIMS, buildReport, paragraphLocator, type BuildReportOptions } from "./build-report";
import { plainText, type Block } from "./report-document";
import { composeReport, renderReport } from "./render-report";
import { REPORT_TYPES, ZReportSchema } from "./report-schema";

const article = articleFixture();
const claims = [
  claimFixture({ id: "c1", status: "verified", note: "Matches the list.", statusChangedBy: person, statusChangedAt: "2026-11-02T11:00:00.000Z", sources: [sourceFixture()] }),
  claimFixture({ id: "c2", quote: "40", start: 14, end: 16, kind: "number", status: "incorrect", assigneeId: "u2", assignee: { id: "u2", name: "Eli" } }),
  claimFixture({ id: "c3", quote: "May", start: 33, end: 36, kind: "date", status: "verified", needsRecheck: true, previousQuote: "April" }),
  claimFixture({ id: "c4", quote: "gone", start: null, end: null, kind: "event", status: "in_progress", anchorState: "orphaned" }),
];

function build(overrides: Partial<BuildReportOptions> = {}) {
  return buildReport({
    type: "verified",
    article,
    revision: 2,
    claims,
    comments: new Map([["c1", [{ author: person, body: "Checked twice.", createdAt: "2026-11-02T12:00:00.000Z" }]]]),
    filters: ALL_CLAIMS,
    generatedBy: person,
    generatedAt: new Date("2026-11-03T08:00:00Z"),
    ...overrides,
  });
}

describe("buildReport", () => {
  it("matches its published JSON schema", () => {
    expect(() => ZReportSchema.parse(build())).not.toThrow();
    expect(() => ZReportSchema.parse(build({ type: "annotated", filters: { ...ALL_CLAIMS, comments: true, notes: false } }))).not.toThrow();
  });

  it("says at the top of every report type whether it is final: only a signed-off article's report is", () => {
    const opening = (overrides: Partial<BuildReportOptions>) =>
      REPORT_TYPES.map((type) => {
        const first: Block = composeReport(build({ type, ...overrides })).blocks[0]!;
        return first.kind === "paragraph" ? `${first.tone ?? ""}|${plainText(first.content)}` : first.kind;
      });
    expect(opening({ article: { ...article, state: "in_check" } })).toEqual(
      REPORT_TYPES.map(() => "warning|In check — not final. This report may change until an editor signs the check off."),
    );
    expect(opening({ article: { ...article, state: "checked" } })[0]).toContain("Checked, awaiting sign-off — not final.");
    const signed = { ...article, state: "signed_off" as const, signedOffBy: { id: "u9", name: "Eli Editor" }, signedOffAt: "2026-11-04T09:30:00.000Z" };
    expect(opening({ article: signed })[0]).toMatch(/^\|Final: the check was signed off by Eli Editor on .*2026/);
    expect(build({ article: signed }).article).toMatchObject({ state: "signed_off", signedOffBy: { name: "Eli Editor" }, signedOffAt: "2026-11-04T09:30:00.000Z" });
  });

  it("gives the reason a verified claim needs no source where its sources would be", async () => {
    const known = claimFixture({ id: "k1", status: "verified", sources: [], noSourceReason: "Common knowledge: Lisbon is Portugal's capital." });
    const report = build({ claims: [known] });
    expect(report.claims[0]!.noSourceReason).toBe("Common knowledge: Lisbon is Portugal's capital.");
    const markdown = String(await renderReport(report, "md"));
    expect(markdown).toContain("none needed: Common knowledge: Lisbon is Portugal's capital.");
  });

  it("places each claim by paragraph, as people find it, and keeps the offsets for machines", async () => {
    const locate = paragraphLocator("One.\n\nTwo, longer.\n\nThree.");
    expect([0, 3, 4, 6, 7, 18, 19, 20].map(locate)).toEqual([1, 1, 1, 2, 2, 2, 2, 3]);
    const text = "First paragraph.\n\nThe minister spoke in Lisbon.";
    const report = build({ article: { ...article, text }, claims: [claimFixture({ id: "p2", quote: "Lisbon", start: text.indexOf("Lisbon"), end: text.length - 1 })] });
    expect(report.claims[0]).toMatchObject({ paragraph: 2, start: text.indexOf("Lisbon") });
    expect(String(await renderReport(report, "md"))).toContain("paragraph 2");
  });

  it("fingerprints the exact article text and names the revision", () => {
    const report = build();
    expect(report.article.fingerprint).toBe(createHash("sha256").update(article.text).digest("hex"));
    expect(build({ article: { ...article, text: `${article.text} ` } }).article.fingerprint).not.toBe(report.article.fingerprint);
    expect(report.article).toMatchObject({ version: 3, revision: 2, characters: article.text.length });
  });

  it("totals statuses and kinds", () => {
    const { totals } = build();
    expect(totals).toMatchObject({ articleClaims: 4, claims: 4, resolved: 3, needsRecheck: 1, orphaned: 1 });
    expect(totals.byStatus).toEqual({ unchecked: 0, in_progress: 1, verified: 2, incorrect: 1, disputed: 0, unverifiable: 0 });
    expect(totals.byKind).toMatchObject({ name: 1, number: 1, date: 1, event: 1, place: 0 });
  });

  it("filters by status, kind and assignee but keeps each claim's number", () => {
    expect(build({ filters: { ...ALL_CLAIMS, statuses: ["verified"] } }).claims.map((claim) => [claim.number, claim.id])).toEqual([
      [1, "c1"],
      [3, "c3"],
    ]);
    expect(build({ filters: { ...ALL_CLAIMS, kinds: ["number", "event"] } }).claims.map((claim) => claim.id)).toEqual(["c2", "c4"]);
    expect(build({ filters: { ...ALL_CLAIMS, assignees: ["u2"] } }).claims.map((claim) => claim.id)).toEqual(["c2"]);
    expect(build({ filters: { ...ALL_CLAIMS, assignees: ["none"] } }).claims.map((claim) => claim.id)).toEqual(["c1", "c3", "c4"]);
    const filtered = build({ filters: { ...ALL_CLAIMS, statuses: ["verified"] } });
    expect(filtered.totals).toMatchObject({ articleClaims: 4, claims: 2 });
  });

  it("leaves notes and discussions out unless asked", () => {
    const defaults = build();
    expect(defaults.claims[0]).toMatchObject({ note: "Matches the list.", comments: null });
    const without = build({ filters: { ...ALL_CLAIMS, notes: false, comments: true } });
    expect(without.claims[0]).toMatchObject({ note: null, decisionNote: null });
    expect(without.claims[0]!.comments).toEqual([{ author: person, body: "Checked twice.", createdAt: "2026-11-02T12:00:00.000Z" }]);
    expect(without.claims[1]!.comments).toEqual([]);
  });

  it("puts only what must change into the corrections memo, orphaned claims included, with the words as judged and as they are now", async () => {
    const orphanedVerified = claimFixture({ id: "c5", quote: "lost words", start: null, end: null, status: "verified", anchorState: "orphaned" });
    const memo = build({ type: "corrections", claims: [...claims, orphanedVerified] });
    expect(memo.claims.map((claim) => claim.id)).toEqual(["c2", "c3", "c4", "c5"]);
    const markdown = String(await renderReport(memo, "md"));
    expect(markdown).toContain("## Lost from the text (2)");
    expect(markdown).toMatch(/\*\*As judged:\*\*\s+> April\s+\*\*Now:\*\*\s+> May/);
    expect(markdown).toContain("1 of them changed since it was checked.");
  });

  it("keeps only the kind of a confidential source", () => {
    const secret = sourceFixture({ confidential: true, kind: "person", title: "Deputy minister", contact: "+1 555 0100", url: "https://secret.example" });
    const report = build({ claims: [claimFixture({ sources: [secret, sourceFixture({ id: "s2" })] })] });
    expect(report.claims[0]!.sources[0]).toEqual({ confidential: true, kind: "person" });
    expect(report.claims[0]!.sources[1]).toMatchObject({ confidential: false, title: "Cabinet members" });
    expect(JSON.stringify(report)).not.toMatch(/Deputy minister|555 0100|secret\.example/);
  });
});
