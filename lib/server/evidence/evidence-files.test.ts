import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { createClaim } from "../claims/create-claim";
import { getDb } from "../db";
import { addSource } from "../sources/add-source";
import { EVIDENCE_CHUNK_BYTES, openEvidence, storeEvidence } from "./evidence-files";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from("IHDR"), Buffer.alloc(200, 7)]);

/** The bytes as a stream of uneven pieces, as a network delivers them. */
function pieces(bytes: Buffer, size = 977): AsyncIterable<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) parts.push(new Uint8Array(bytes.subarray(offset, offset + size)));
  return Readable.from(parts);
}

const read = async (bytes: () => AsyncIterable<Buffer>) => {
  const parts: Buffer[] = [];
  for await (const part of bytes()) parts.push(part);
  return Buffer.concat(parts);
};

async function setup({ confidential = false } = {}) {
  const editor = await createTestUser("editor");
  const checker = await createTestUser("checker");
  const article = await createTestArticle(editor, "The harbour budget is 4.5 billion dollars.");
  const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "4.5 billion dollars", kind: "number" } });
  const source = await addSource({
    actor: checker,
    claimId: claim.id,
    input: confidential ? { kind: "person", confidential: true, title: "An official" } : { url: "https://budget.example", title: "Budget" },
  });
  return { editor, checker, source };
}

describe("evidence files in Postgres", () => {
  it("streams a file in, records its SHA-256, size and the type its bytes show, and gives the same bytes back", async () => {
    const { checker, source } = await setup();
    const file = await storeEvidence({ actor: checker, sourceId: source.id, fileName: "C:\\scans\\budget.pdf", body: pieces(PNG) });
    expect(file).toMatchObject({
      sourceId: source.id,
      fileName: "budget.pdf",
      contentType: "image/png",
      size: PNG.length,
      uploadedBy: { id: checker.id },
      href: `/api/evidence/${file.id}`,
    });
    expect(file.sha256).toBe(createHash("sha256").update(PNG).digest("hex"));
    const opened = await openEvidence({ actor: checker, evidenceId: file.id });
    expect(opened.file).toEqual(file);
    expect((await read(opened.bytes)).equals(PNG)).toBe(true);
  });

  it("keeps a large file in 1 MiB pieces and reads it back whole", async () => {
    const { checker, source } = await setup();
    const text = Buffer.from("The minister said the harbour would reopen in October. ".repeat(Math.ceil((2.5 * EVIDENCE_CHUNK_BYTES) / 56)));
    const file = await storeEvidence({ actor: checker, sourceId: source.id, fileName: "transcript.txt", body: pieces(text, 65_536) });
    expect(file).toMatchObject({ contentType: "text/plain", size: text.length, sha256: createHash("sha256").update(text).digest("hex") });
    expect(await getDb().evidenceChunk.count({ where: { blobId: file.id } })).toBe(3);
    expect((await read((await openEvidence({ actor: checker, evidenceId: file.id })).bytes)).equals(text)).toBe(true);
  });

  it("refuses other kinds of file, oversize and empty files, and leaves nothing behind", async () => {
    const { checker, source } = await setup();
    const before = await getDb().evidenceFile.count({ where: { sourceId: source.id } });
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(300, 1)]);
    await expect(storeEvidence({ actor: checker, sourceId: source.id, fileName: "photo.png", body: pieces(exe) })).rejects.toMatchObject({ status: 415 });
    const big = Buffer.from("A long transcript. ".repeat(200_000));
    await expect(
      storeEvidence({ actor: checker, sourceId: source.id, fileName: "long.txt", body: pieces(big, 100_000), maxBytes: EVIDENCE_CHUNK_BYTES + 10 }),
    ).rejects.toMatchObject({
      status: 413,
    });
    await expect(storeEvidence({ actor: checker, sourceId: source.id, fileName: "empty.txt", body: pieces(Buffer.alloc(0)) })).rejects.toMatchObject({ status: 400 });
    expect(await getDb().evidenceFile.count({ where: { sourceId: source.id } })).toBe(before);
    await expect(storeEvidence({ actor: checker, sourceId: "nosuchsource", fileName: "a.txt", body: pieces(Buffer.from("text")) })).rejects.toMatchObject({ status: 404 });
    await expect(openEvidence({ actor: checker, evidenceId: "nosuchfile" })).rejects.toMatchObject({ status: 404 });
  });

  it("follows the confidential rules and the roles", async () => {
    const { editor, checker, source } = await setup({ confidential: true });
    const other = await createTestUser("checker");
    const viewer = await createTestUser("viewer");
    const file = await storeEvidence({ actor: checker, sourceId: source.id, fileName: "notes.txt", body: pieces(Buffer.from("Spoke on background.")) });
    await expect(openEvidence({ actor: other, evidenceId: file.id })).rejects.toMatchObject({ status: 403 });
    await expect(storeEvidence({ actor: other, sourceId: source.id, fileName: "more.txt", body: pieces(Buffer.from("More.")) })).rejects.toMatchObject({ status: 403 });
    expect((await openEvidence({ actor: editor, evidenceId: file.id })).file.id).toBe(file.id);
    const { source: open } = await setup();
    await expect(storeEvidence({ actor: viewer, sourceId: open.id, fileName: "a.txt", body: pieces(Buffer.from("text")) })).rejects.toMatchObject({ status: 403 });
  });
});
