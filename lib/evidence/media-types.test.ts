import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition, EVIDENCE_MEDIA_TYPES, evidencePolicy, sniffEvidenceType, type EvidenceMediaType } from "./media-types";

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)));
const padded = (head: Uint8Array) => Uint8Array.from([...head, ...new Array(64).fill(0)]);

describe("sniffEvidenceType", () => {
  it("reads the formats evidence comes in from their bytes", async () => {
    expect(await sniffEvidenceType(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), true)).toBe("application/pdf");
    expect(await sniffEvidenceType(padded(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR")), true)).toBe("image/png");
    expect(await sniffEvidenceType(padded(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF")), true)).toBe("image/jpeg");
    expect(await sniffEvidenceType(padded(bytes("RIFF", [36, 0, 0, 0], "WEBPVP8 ")), true)).toBe("image/webp");
    expect(await sniffEvidenceType(padded(bytes("RIFF", [36, 0, 0, 0], "WAVEfmt ")), true)).toBe("audio/wav");
    const frame = [0xff, 0xfb, 0x90, 0x64, ...new Array(413).fill(0), 0xff, 0xfb, 0x90, 0x64];
    expect(await sniffEvidenceType(padded(bytes("ID3", [4, 0, 0, 0, 0, 0, 0], frame)), true)).toBe("audio/mpeg");
    expect(await sniffEvidenceType(padded(bytes(frame)), true)).toBe("audio/mpeg");
    expect(await sniffEvidenceType(padded(bytes([0, 0, 0, 32], "ftypM4A ", [0, 0, 0, 0], "M4A mp42isom")), true)).toBe("audio/mp4");
    expect(await sniffEvidenceType(Buffer.from("\uFEFF  <!DOCTYPE html><html><body>Saved</body></html>"), true)).toBe("text/html");
    expect(await sniffEvidenceType(Buffer.from("Transcript: the minister said “yes”.\r\n"), true)).toBe("text/plain");
  });

  it("refuses what is not evidence, whatever the name says", async () => {
    expect(await sniffEvidenceType(padded(bytes("MZ", [0x90, 0, 3, 0])), true)).toBeNull();
    expect(await sniffEvidenceType(padded(bytes("PK", [3, 4, 20, 0])), true)).toBeNull();
    expect(await sniffEvidenceType(bytes([0, 1, 2, 3, 0xfe, 0xff]), true)).toBeNull();
    expect(await sniffEvidenceType(Buffer.from([0xc3, 0x28, 0x41]), true)).toBeNull();
  });

  it("does not mistake a character cut at the end of the first bytes for bad text", async () => {
    const text = Buffer.from("é".repeat(10));
    expect(await sniffEvidenceType(text.subarray(0, 19), false)).toBe("text/plain");
  });
});

describe("file names", () => {
  it("keeps the name without a path or control characters", () => {
    expect(cleanFileName("C:\\Users\\eli\\Budget 2026.pdf")).toBe("Budget 2026.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('a"b\u0000c.txt')).toBe("abc.txt");
    expect(cleanFileName("..")).toBe("evidence");
    expect(cleanFileName("")).toBe("evidence");
  });

  it("says inline or attachment, with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("Ministério.pdf", true)).toBe(`inline; filename="Minist_rio.pdf"; filename*=UTF-8''Minist%C3%A9rio.pdf`);
    expect(contentDisposition("page.html", false)).toBe(`attachment; filename="page.html"; filename*=UTF-8''page.html`);
  });
});

describe("how evidence is served", () => {
  it("sandboxes every kind but PDFs (which Chromium will not show sandboxed), and lets none fetch anything or be framed elsewhere", () => {
    for (const type of Object.keys(EVIDENCE_MEDIA_TYPES) as EvidenceMediaType[]) {
      const policy = evidencePolicy(type);
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("frame-ancestors 'self'");
      expect(policy.startsWith("sandbox; ")).toBe(type !== "application/pdf");
    }
  });
});
