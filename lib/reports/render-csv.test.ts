import { describe, expect, it } from "vitest";
import { csvCell, renderVerifiedReportCsv } from "./render-csv";
import type { VerifiedReport } from "./verified-report";

const person = { id: "u1", name: "Cara Checker" };

const report: VerifiedReport = {
  $schema: "https://factdesk.dev/schemas/verified-claims-report/v1",
  article: { id: "a1", title: "T", version: 1, updatedAt: "2026-11-27T10:00:00.000Z" },
  generatedAt: "2026-11-27T11:00:00.000Z",
  generatedBy: person,
  totals: { claims: 2, resolved: 1, needsRecheck: 0, orphaned: 0, byStatus: { unchecked: 1, in_progress: 0, verified: 1, incorrect: 0, disputed: 0, unverifiable: 0 } },
  claims: [
    {
      id: "c1",
      number: 1,
      quote: 'He said "yes", then left',
      start: 0,
      end: 24,
      kind: "quote",
      status: "verified",
      note: "=HYPERLINK(\"http://evil\")\nsecond line",
      anchorState: "anchored",
      needsRecheck: false,
      previousQuote: null,
      statusChangedBy: person,
      statusChangedAt: "2026-11-27T10:30:00.000Z",
      sources: [
        { url: "https://a.example", title: "+cmd|' /C calc'!A0", publisher: "@publisher", excerpt: "-2+3", accessedAt: "2026-11-20", addedBy: person },
        { url: "https://b.example", title: "Second", publisher: "", excerpt: "", accessedAt: null, addedBy: person },
      ],
    },
    { id: "c2", number: 2, quote: "May", start: 30, end: 33, kind: "date", status: "unchecked", note: "", anchorState: "anchored", needsRecheck: false, previousQuote: null, statusChangedBy: null, statusChangedAt: null, sources: [] },
  ],
};

describe("CSV report", () => {
  it("has one row per claim and source, with a header", () => {
    const lines = renderVerifiedReportCsv(report).split("\r\n");
    expect(lines[0]).toBe("claim_number,claim_id,quote,kind,status,needs_recheck,anchor_state,note,status_set_by,status_set_at,source_number,source_title,source_publisher,source_url,source_excerpt,source_accessed");
    expect(renderVerifiedReportCsv(report).match(/\r\n(?=\d+,c\d)/g)).toHaveLength(3);
    expect(lines.at(-2)).toBe("2,c2,May,Date,Unchecked,no,anchored,,,,,,,,,");
  });

  it("quotes by RFC 4180 and neutralises spreadsheet formulas", () => {
    const csv = renderVerifiedReportCsv(report);
    expect(csv).toContain('"He said ""yes"", then left"');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")\nsecond line"`);
    expect(csv).toContain("'+cmd|' /C calc'!A0");
    expect(csv).toContain("'@publisher");
    expect(csv).toContain("'-2+3");
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(" padded ")).toBe('" padded "');
  });
});
