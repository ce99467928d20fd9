import { describe, expect, it } from "vitest";
import { articleFixture, claimFixture, person, sourceFixture } from "../testing/report-fixtures";
import { ALL_CLAIMS, buildReport } from "./build-report";
import { renderReport } from "./render-report";

const SHA = "0123456789abcdef".repeat(4);
const file = {
  id: "e1",
  sourceId: "s1",
  fileName: "budget-scan.pdf",
  contentType: "application/pdf" as const,
  size: 52_400,
  sha256: SHA,
  uploadedBy: person,
  createdAt: "2026-11-20T10:00:00.000Z",
  href: "/api/evidence/e1",
};

const reportWith = (confidential: boolean) =>
  buildReport({
    type: "verified",
    article: articleFixture(),
    revision: 1,
    comments: new Map(),
    filters: ALL_CLAIMS,
    generatedBy: person,
    generatedAt: new Date("2026-11-27T11:00:00.000Z"),
    claims: [claimFixture({ status: "verified", sources: [sourceFixture({ confidential, evidence: [file] })] })],
  });

describe("evidence in reports", () => {
  it("names every evidence file with its SHA-256 beside its source, in every format", async () => {
    const report = reportWith(false);
    const [source] = report.claims[0]!.sources;
    expect(source).toMatchObject({ confidential: false, evidence: [{ fileName: "budget-scan.pdf", contentType: "application/pdf", size: 52_400, sha256: SHA }] });
    for (const format of ["html", "md", "json", "csv"] as const) {
      expect(String(await renderReport(report, format)), format).toContain(SHA);
    }
    expect(String(await renderReport(report, "md"))).toContain(`Evidence file: budget-scan.pdf (PDF, 52,400 bytes), SHA-256 ${SHA}`);
  });

  it("says nothing of a confidential source's files", async () => {
    const report = reportWith(true);
    for (const format of ["html", "md", "json", "csv"] as const) {
      expect(String(await renderReport(report, format)), format).not.toMatch(/budget-scan|0123456789abcdef/);
    }
  });
});
