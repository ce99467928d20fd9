import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { caseFileZip, evidencePath, pathSegment } from "./case-file";

describe("case file paths", () => {
  it("names evidence by claim and source, without separators or control characters", () => {
    expect(evidencePath({ claimNumber: 3, claimQuote: "Secretary of State Marco Rubio", sourceNumber: 1, sourceTitle: "State Dept / biography", fileName: "bio.pdf" })).toBe(
      "evidence/claim-03 Secretary of State Marco Rubio/source-1 State Dept biography/bio.pdf",
    );
    expect(pathSegment("../../etc", "x")).toBe("etc");
    expect(pathSegment("a\u0000b\nc", "x")).toBe("a b c");
    expect(pathSegment("   ", "fallback")).toBe("fallback");
    expect(pathSegment("w".repeat(100), "x")).toHaveLength(60);
  });

  it("keeps two files of the same name apart, and refuses bytes that do not match their recorded hash", async () => {
    const collect = async (entries: Parameters<typeof caseFileZip>[0]) => {
      const parts: Uint8Array[] = [];
      for await (const part of caseFileZip(entries)) parts.push(part);
      return unzipSync(Buffer.concat(parts));
    };
    const files = await collect([
      { path: "evidence/a.txt", bytes: () => [Buffer.from("one")] },
      { path: "evidence/a.txt", bytes: () => [Buffer.from("two")] },
    ]);
    expect(Object.keys(files).sort()).toEqual(["MANIFEST.sha256", "evidence/a (2).txt", "evidence/a.txt"]);
    await expect(collect([{ path: "b.txt", sha256: "0".repeat(64), bytes: () => [Buffer.from("changed")] }])).rejects.toThrow("does not match its recorded SHA-256");
  });
});
