import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { createClaim } from "../claims/create-claim";
import { storeEvidence } from "../evidence/evidence-files";
import { addSource } from "../sources/add-source";
import { caseFile } from "./case-file";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from("IHDR"), Buffer.alloc(3000, 9)]);

describe("the case file", () => {
  it("zips the report with every open source's evidence, named by claim and source, and a manifest of SHA-256 sums", async () => {
    const editor = await createTestUser("editor");
    const checker = await createTestUser("checker");
    const article = await createTestArticle(editor, "Mayor Ana Lima said the bridge cost $4.5bn. The minister resigned on Monday.", "Bridge: the cost");
    const cost = await createClaim({ actor: checker, articleId: article.id, input: { quote: "$4.5bn", kind: "number" } });
    const resigned = await createClaim({ actor: checker, articleId: article.id, input: { quote: "resigned on Monday", kind: "event" } });
    await addSource({ actor: checker, claimId: cost.id, input: { url: "https://city.example/budget", title: "Budget: tables/2026" } });
    const accounts = await addSource({ actor: checker, claimId: cost.id, input: { title: "Audited accounts" } });
    const aide = await addSource({ actor: editor, claimId: resigned.id, input: { kind: "person", confidential: true, title: "An aide" } });
    const transcript = Buffer.from("Accounts page 12: total 4,500,000,000 dollars.");
    const scan = await storeEvidence({ actor: checker, sourceId: accounts.id, fileName: "scan.png", body: Readable.from([PNG]) });
    await storeEvidence({ actor: checker, sourceId: accounts.id, fileName: "page-12.txt", body: Readable.from([transcript]) });
    await storeEvidence({ actor: editor, sourceId: aide.id, fileName: "call-notes.txt", body: Readable.from([Buffer.from("Off the record.")]) });

    const { fileName, body } = await caseFile({ actor: checker, articleId: article.id, now: new Date("2026-12-02T12:00:00Z") });
    expect(fileName).toBe("factdesk-case-file-bridge-the-cost-2026-12-02.zip");
    const parts: Uint8Array[] = [];
    for await (const part of body) parts.push(part);
    const files = unzipSync(Buffer.concat(parts));

    const scanPath = "evidence/claim-01 $4.5bn/source-2 Audited accounts/scan.png";
    const textPath = "evidence/claim-01 $4.5bn/source-2 Audited accounts/page-12.txt";
    expect(Object.keys(files).sort()).toEqual(["MANIFEST.sha256", "report.html", "report.json", textPath, scanPath].sort());
    expect(Buffer.from(files[scanPath]!).equals(PNG)).toBe(true);
    expect(sha256(files[scanPath]!)).toBe(scan.sha256);
    const report = JSON.parse(new TextDecoder().decode(files["report.json"])) as { claims: { sources: { evidence?: { sha256: string }[] }[] }[] };
    expect(report.claims[0]!.sources[1]!.evidence).toMatchObject([{ sha256: scan.sha256 }, { sha256: sha256(transcript) }]);
    expect(new TextDecoder().decode(files["report.html"])).toContain(scan.sha256);

    // The manifest sums every other file, as `sha256sum -c` reads it; a confidential source's file is not there.
    const manifest = new TextDecoder().decode(files["MANIFEST.sha256"]).trim().split("\n");
    expect(manifest).toHaveLength(4);
    for (const line of manifest) {
      const [sum, path] = line.split("  ");
      expect(sha256(files[path!]!), path).toBe(sum);
    }
    expect(JSON.stringify(Object.keys(files))).not.toContain("call-notes");
  });
});
