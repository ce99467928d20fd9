import { describe, expect, it } from "vitest";
import type { ArticleDto, ClaimDto } from "../dto";
import { escapeMarkdown } from "./markdown-escape";
import { renderVerifiedReportMarkdown } from "./render-markdown";
import { buildVerifiedReport } from "./verified-report";

const person = { id: "u1", name: "Cara Checker" };
const article: ArticleDto = {
  id: "a1",
  title: "Budget *vote*",
  text: "irrelevant",
  version: 3,
  state: "in_check",
  leadChecker: null,
  signedOffBy: null,
  signedOffAt: null,
  createdAt: "2026-11-01T09:00:00.000Z",
  updatedAt: "2026-11-02T10:30:00.000Z",
  createdBy: person,
  updatedBy: person,
};

function claim(overrides: Partial<ClaimDto>): ClaimDto {
  return {
    id: "c1",
    articleId: "a1",
    quote: "Jane Doe",
    prefix: "",
    suffix: "",
    start: 0,
    end: 8,
    kind: "name",
    status: "unchecked",
    note: "",
    anchorState: "anchored",
    needsRecheck: false,
    previousQuote: null,
    version: 1,
    createdAt: "2026-11-01T09:00:00.000Z",
    updatedAt: "2026-11-01T09:00:00.000Z",
    createdBy: person,
    updatedBy: person,
    statusChangedBy: null,
    statusChangedAt: null,
    assigneeId: null,
    assignee: null,
    decision: null,
    decisionNote: "",
    decidedBy: null,
    decidedAt: null,
    commentCount: 0,
    threadResolvedAt: null,
    threadResolvedBy: null,
    sources: [],
    ...overrides,
  };
}

const claims = [
  claim({
    id: "c1",
    status: "verified",
    note: "Matches the ministry's list.",
    statusChangedBy: person,
    statusChangedAt: "2026-11-02T11:00:00.000Z",
    sources: [
      {
        id: "s1",
        claimId: "c1",
        url: "https://gov.example/cabinet",
        title: "Cabinet members",
        publisher: "Government of Example",
        excerpt: "Jane Doe, Secretary of State",
        accessedAt: "2026-11-02",
        version: 1,
        addedBy: person,
        createdAt: "2026-11-02T11:00:00.000Z",
        updatedAt: "2026-11-02T11:00:00.000Z",
      },
    ],
  }),
  claim({ id: "c2", quote: "40", start: 20, end: 22, kind: "number", status: "incorrect" }),
  claim({ id: "c3", quote: "May", start: 30, end: 33, kind: "date" }),
];

describe("buildVerifiedReport", () => {
  const report = buildVerifiedReport({ article, claims, generatedBy: person, generatedAt: new Date("2026-11-03T08:00:00Z") });

  it("totals every status and counts the resolved claims", () => {
    expect(report.totals).toEqual({
      claims: 3,
      resolved: 2,
      needsRecheck: 0,
      orphaned: 0,
      byStatus: { unchecked: 1, in_progress: 0, verified: 1, incorrect: 1, disputed: 0, unverifiable: 0 },
    });
  });

  it("keeps document order and numbers the claims", () => {
    expect(report.claims.map((entry) => [entry.number, entry.id])).toEqual([
      [1, "c1"],
      [2, "c2"],
      [3, "c3"],
    ]);
    expect(report.claims[0].sources[0]).toEqual({
      url: "https://gov.example/cabinet",
      title: "Cabinet members",
      publisher: "Government of Example",
      excerpt: "Jane Doe, Secretary of State",
      accessedAt: "2026-11-02",
      addedBy: person,
    });
  });

  it("renders Markdown with the header, the totals table and every claim with its sources", () => {
    const markdown = renderVerifiedReportMarkdown(report);
    expect(markdown).toContain("# Verified-claims report: Budget \\*vote\\*");
    expect(markdown).toContain("- Report made: 2026-11-03 08:00 UTC by Cara Checker");
    expect(markdown).toContain("| ✓ Verified | 1 |");
    expect(markdown).toContain("| ✗ Incorrect | 1 |");
    expect(markdown).toContain("### 1. ✓ Verified · Name\n\n> Jane Doe");
    expect(markdown).toContain("- Status: Verified, set by Cara Checker on 2026-11-02 11:00 UTC");
    expect(markdown).toContain("1. [Cabinet members](https://gov.example/cabinet) — Government of Example, accessed 2026-11-02");
    expect(markdown).toContain("### 3. ○ Unchecked · Date");
    expect(markdown.indexOf("### 1.")).toBeLessThan(markdown.indexOf("### 2."));
  });
});

describe("escapeMarkdown", () => {
  it("neutralises links, images, HTML, emphasis and line-start syntax", () => {
    expect(escapeMarkdown("[x](javascript:alert(1))")).toBe("\\[x\\](javascript:alert(1))");
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
    expect(escapeMarkdown("# not a heading\n- not a list\n1. nor this")).toBe("\\# not a heading\n\\- not a list\n\\1. nor this");
    expect(escapeMarkdown("**bold** _it_ `code` a|b &amp;")).toBe("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` a\\|b \\&amp;");
  });
});
