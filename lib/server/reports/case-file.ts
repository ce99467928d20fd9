import "server-only";
import { caseFileZip, evidencePath, type CaseFileEntry } from "@/lib/reports/case-file";
import { reportFileName } from "@/lib/reports/file-name";
import { renderReport } from "@/lib/reports/render-report";
import type { SessionUser } from "../auth/session-user";
import { evidenceBytes } from "../evidence/evidence-files";
import { queryRows, type Statement } from "../sql";
import { getReport } from "./get-report";

/**
 * The evidence files of the article's open sources, with each source's number among its claim's
 * sources (in the report's order: oldest first). Confidential sources' files stay out, as the
 * report leaves out everything but such a source's kind.
 */
const EVIDENCE: Statement = {
  name: "case-file-evidence",
  text: `SELECT e."fileName", e."sha256", b."storage", b."storageKey", s."claimId", s."number" AS "sourceNumber", s."title" AS "sourceTitle", s."url" AS "sourceUrl"
    FROM (
      SELECT src.*, row_number() OVER (PARTITION BY src."claimId" ORDER BY src."createdAt", src."id")::int AS "number"
      FROM "Source" src JOIN "Claim" c ON c."id" = src."claimId" WHERE c."articleId" = $1
    ) s JOIN "EvidenceFile" e ON e."sourceId" = s."id" JOIN "EvidenceBlob" b ON b."id" = e."blobId"
    WHERE NOT s."confidential" AND e."sha256" <> ''
    ORDER BY s."claimId", s."number", e."createdAt", e."id"`,
};

type EvidenceRow = { fileName: string; sha256: string; storage: string; storageKey: string; claimId: string; sourceNumber: number; sourceTitle: string; sourceUrl: string };

/** The case file of an article for `actor`: its name and its bytes as a stream. */
export async function caseFile({
  actor,
  articleId,
  now = new Date(),
}: {
  actor: SessionUser;
  articleId: string;
  now?: Date;
}): Promise<{ fileName: string; body: AsyncGenerator<Uint8Array> }> {
  const report = await getReport({ actor, articleId, type: "verified", now });
  const [html, json, evidence] = await Promise.all([renderReport(report, "html"), renderReport(report, "json"), queryRows<EvidenceRow>(EVIDENCE, [articleId])]);
  const claims = new Map(report.claims.map((claim) => [claim.id, claim]));
  const entries: CaseFileEntry[] = [
    { path: "report.html", bytes: () => [Buffer.from(html)] },
    { path: "report.json", bytes: () => [Buffer.from(json)] },
    ...evidence.flatMap((file) => {
      const claim = claims.get(file.claimId);
      if (!claim) return [];
      const path = evidencePath({
        claimNumber: claim.number,
        claimQuote: claim.quote,
        sourceNumber: file.sourceNumber,
        sourceTitle: file.sourceTitle || file.sourceUrl,
        fileName: file.fileName,
      });
      return [{ path, sha256: file.sha256, bytes: () => evidenceBytes(file.storage, file.storageKey) }];
    }),
  ];
  return { fileName: reportFileName(report, "zip", "case-file"), body: caseFileZip(entries, now) };
}
