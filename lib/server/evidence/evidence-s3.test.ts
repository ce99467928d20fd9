import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { createHash } from "node:crypto";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { getDb } from "../db";
import { addSource } from "../sources/add-source";
import { deleteEvidence, openEvidence, storeEvidence } from "./evidence-files";
import { s3SettingsFromEnv, s3Store } from "./evidence-store";

// The S3 path against a real S3-compatible server (s3rver, started here on a free port).
const BUCKET = "factdesk-evidence";
const ENV = ["FACTDESK_EVIDENCE_S3_BUCKET", "FACTDESK_EVIDENCE_S3_ENDPOINT", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"] as const;
let server: S3rver;
let directory: string;
const saved: Partial<Record<(typeof ENV)[number], string>> = {};

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), "factdesk-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  for (const name of ENV) saved[name] = process.env[name];
  Object.assign(process.env, {
    FACTDESK_EVIDENCE_S3_BUCKET: BUCKET,
    FACTDESK_EVIDENCE_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
  });
});

afterAll(async () => {
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await server?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

const objectKeys = async () => {
  const settings = s3SettingsFromEnv()!;
  const client = new S3Client({ region: settings.region, endpoint: settings.endpoint, forcePathStyle: true });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((object) => object.Key);
};

async function source() {
  const editor = await createTestUser("editor");
  const checker = await createTestUser("checker");
  const admin = await createTestUser("admin");
  const article = await createTestArticle(editor, "The harbour budget is 4.5 billion dollars.");
  const claim = await createClaim({ actor: checker, articleId: article.id, input: { quote: "4.5 billion dollars", kind: "number" } });
  return { checker, admin, source: await addSource({ actor: checker, claimId: claim.id, input: { url: "https://budget.example", title: "Budget" } }) };
}

const read = async (pieces: AsyncIterable<Buffer>) => {
  const parts: Buffer[] = [];
  for await (const piece of pieces) parts.push(piece);
  return Buffer.concat(parts);
};

describe("evidence files in an S3-compatible store", () => {
  it("streams a file of several parts to the bucket, reads it back, and deletes it with its row", async () => {
    const { checker, admin, source: held } = await source();
    // Over 5 MiB: a multipart upload of two parts.
    const transcript = Buffer.from("Minutes of the harbour board, item 4: the budget. ".repeat(130_000));
    const file = await storeEvidence({
      actor: checker,
      sourceId: held.id,
      fileName: "minutes.txt",
      body: Readable.from([transcript.subarray(0, 3_000_000), transcript.subarray(3_000_000)]),
    });
    expect(file).toMatchObject({ contentType: "text/plain", size: transcript.length, sha256: createHash("sha256").update(transcript).digest("hex") });
    const row = await getDb().evidenceBlob.findUniqueOrThrow({ where: { id: (await getDb().evidenceFile.findUniqueOrThrow({ where: { id: file.id } })).blobId } });
    expect(row.storage).toBe("s3");
    expect(await getDb().evidenceChunk.count({ where: { blobId: file.id } })).toBe(0);
    expect((await read((await openEvidence({ actor: checker, evidenceId: file.id })).bytes())).equals(transcript)).toBe(true);

    const bucket = s3Store(s3SettingsFromEnv()!);
    expect((await read(bucket.read(row.storageKey))).length).toBe(transcript.length);
    // A server not given the bucket says so (503), rather than failing the download.
    delete process.env.FACTDESK_EVIDENCE_S3_BUCKET;
    await expect(openEvidence({ actor: checker, evidenceId: file.id })).rejects.toMatchObject({ status: 503, message: expect.stringContaining("FACTDESK_EVIDENCE_S3_BUCKET") });
    process.env.FACTDESK_EVIDENCE_S3_BUCKET = BUCKET;
    await deleteEvidence({ actor: admin, evidenceId: file.id });
    await expect(read(bucket.read(row.storageKey))).rejects.toThrow();
  });

  it("leaves nothing in the bucket when an upload is refused midway", async () => {
    const { checker, source: held } = await source();
    const long = Buffer.from("A long recording transcript. ".repeat(100_000));
    await expect(storeEvidence({ actor: checker, sourceId: held.id, fileName: "long.txt", body: Readable.from([long]), maxBytes: 1_000_000 })).rejects.toMatchObject({
      status: 413,
    });
    expect(await getDb().evidenceFile.count({ where: { sourceId: held.id } })).toBe(0);
    expect(await objectKeys()).toEqual([]);
  });

  it("removes the object when its file goes with its claim, and when an upload a crash cut off is swept", async () => {
    const { checker, admin, source: held } = await source();
    const file = await storeEvidence({ actor: checker, sourceId: held.id, fileName: "note.txt", body: Readable.from([Buffer.from("Called the harbour board.")]) });
    const key = `evidence/${(await getDb().evidenceFile.findUniqueOrThrow({ where: { id: file.id } })).blobId}`;
    expect(await objectKeys()).toContain(key);
    await deleteClaim({ actor: admin, claimId: held.claimId });
    expect(await objectKeys()).not.toContain(key);
    expect(await getDb().evidenceObjectRemoval.count()).toBe(0);

    // An upload cut off two hours ago: its row has no hash, its object is in the bucket.
    const { source: other } = await source();
    const cut = await storeEvidence({ actor: checker, sourceId: other.id, fileName: "cut.txt", body: Readable.from([Buffer.from("Half a transcript")]) });
    const cutKey = `evidence/${(await getDb().evidenceFile.findUniqueOrThrow({ where: { id: cut.id } })).blobId}`;
    await getDb().evidenceFile.update({ where: { id: cut.id }, data: { sha256: "", createdAt: new Date(Date.now() - 7_200_000) } });
    expect(await objectKeys()).toContain(cutKey);
    // The next upload sweeps it away, object and all.
    const next = await storeEvidence({ actor: checker, sourceId: other.id, fileName: "whole.txt", body: Readable.from([Buffer.from("A whole transcript")]) });
    expect(await getDb().evidenceFile.count({ where: { id: cut.id } })).toBe(0);
    const keys = await objectKeys();
    expect(keys).not.toContain(cutKey);
    expect(keys).toContain(`evidence/${(await getDb().evidenceFile.findUniqueOrThrow({ where: { id: next.id } })).blobId}`);
  });
});
