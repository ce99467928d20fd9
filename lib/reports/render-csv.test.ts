import { describe, expect, it } from "vitest";
import { articleFixture, claimFixture, person, sourceFixture } from "../testing/report-fixtures";
import { ALL_CLAIMS, buildReport } from "./build-report";
import { csvCell } from "../csv/csv";
import { renderVerifiedReportCsv } from "./render-csv";

const report = buildReport({
  type: "verified",
  article: articleFixture(),
  revision: 1,
  comments: new Map(),
  filters: ALL_CLAIMS,
  generatedBy: person,
  generatedAt: new Date("2026-11-27T11:00:00.000Z"),
  claims: [
    claimFixture({
      id: "c1",
      quote: 'He said "yes", then left',
      end: 24,
      kind: "quote",
      status: "verified",
      note: '=HYPERLINK("http://evil")\nsecond line',
      statusChangedBy: person,
      statusChangedAt: "2026-11-27T10:30:00.000Z",
      sources: [
        sourceFixture({ url: "https://a.example", title: "+cmd|' /C calc'!A0", publisher: "@publisher", excerpt: "-2+3", accessedAt: "2026-11-20" }),
        sourceFixture({
          id: "s2",
          url: "https://b.example",
          title: "Second",
          publisher: "",
          excerpt: "",
          accessedAt: null,
          evidence: [
            {
              id: "e1",
              sourceId: "s2",
              fileName: "scan.pdf",
              contentType: "application/pdf",
              size: 2048,
              sha256: "ab".repeat(32),
              uploadedBy: person,
              createdAt: "2026-11-20T10:00:00.000Z",
              href: "/api/evidence/e1",
            },
          ],
        }),
        sourceFixture({ id: "s3", kind: "person", confidential: true, title: "Deputy", url: "https://hidden.example", excerpt: "off the record" }),
      ],
    }),
    claimFixture({ id: "c2", quote: "May", start: 30, end: 33, kind: "date" }),
  ],
});

describe("CSV report", () => {
  it("has one row per claim and source, with a header", () => {
    const csv = renderVerifiedReportCsv(report);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "claim_number,claim_id,quote,kind,status,needs_recheck,anchor_state,note,status_set_by,status_set_at,source_number,source_title,source_publisher,source_url,source_excerpt,source_accessed,assignee,decision,decision_note,source_kind,source_confidential,source_evidence_sha256,discussion",
    );
    expect(csv.match(/\r\n(?=\d+,c\d)/g)).toHaveLength(4);
    expect(lines.at(-2)).toBe("2,c2,May,Date,Unchecked,no,anchored,,,,,,,,,,,,,,,,");
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

  it("names each evidence file with its SHA-256 beside its source", () => {
    expect(renderVerifiedReportCsv(report)).toContain(`,Web page,no,scan.pdf: ${"ab".repeat(32)},`);
  });

  it("shows a confidential source's kind and nothing else", () => {
    const csv = renderVerifiedReportCsv(report);
    expect(csv).toMatch(/,3,Confidential source,,,,,,,,Person,yes,,\r\n/);
    expect(csv).not.toMatch(/Deputy|hidden\.example|off the record/);
  });
});
