import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { describeActivity } from "@/lib/activity/describe-activity";
import { createTestArticle, createTestUser } from "@/lib/testing/factories";
import { deleteArticle } from "../articles/delete-article";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { getClaimHistory } from "../claims/get-claim-history";
import { getDb } from "../db";
import { addSource } from "../sources/add-source";
import { deleteSource } from "../sources/delete-source";
import { reuseSources } from "../sources/reuse-sources";
import { deleteEvidence, openEvidence, storeEvidence } from "./evidence-files";

// Reused sources carry their evidence files as copies naming the same stored bytes; the bytes
// stay while any copy does, and go with the last one, however it goes.

const read = async (bytes: () => AsyncIterable<Buffer>) => {
  const parts: Buffer[] = [];
  for await (const part of bytes()) parts.push(part);
  return Buffer.concat(parts);
};

async function desk() {
  const editor = await createTestUser("editor");
  const checker = await createTestUser("checker");
  const admin = await createTestUser("admin");
  const claim = async (quote: string) => {
    const article = await createTestArticle(editor, `The harbour budget is ${quote}.`);
    return createClaim({ actor: checker, articleId: article.id, input: { quote, kind: "number" } });
  };
  const earlier = await claim("4.5 billion dollars");
  const source = await addSource({ actor: checker, claimId: earlier.id, input: { url: "https://budget.example", title: "Budget" } });
  const transcript = Buffer.from(`Minutes of the harbour board ${Math.random()}: the budget is 4.5 billion dollars.`);
  const file = await storeEvidence({ actor: checker, sourceId: source.id, fileName: "minutes.txt", body: Readable.from([transcript]) });
  const current = await claim("$4.5bn");
  const reuse = async () => (await reuseSources({ actor: checker, claimId: current.id, input: { fromClaimId: earlier.id, sourceIds: [source.id] } }))[0]!;
  return { editor, checker, admin, earlier, source, file, transcript, current, reuse };
}

const blobOf = async (evidenceId: string) => (await getDb().evidenceFile.findUniqueOrThrow({ where: { id: evidenceId } })).blobId;
const blobExists = async (blobId: string) => (await getDb().evidenceBlob.count({ where: { id: blobId } })) === 1;
const chunksOf = (blobId: string) => getDb().evidenceChunk.count({ where: { blobId } });

describe("evidence files of reused sources", () => {
  it("copies the files with the source: same bytes, name, hash, uploader and time, recorded in the new claim's history", async () => {
    const { editor, checker, file, transcript, current, reuse } = await desk();
    const copy = await reuse();
    expect(copy.evidence).toHaveLength(1);
    const copied = copy.evidence[0]!;
    expect(copied.id).not.toBe(file.id);
    expect(copied).toMatchObject({
      sourceId: copy.id,
      fileName: "minutes.txt",
      contentType: "text/plain",
      size: file.size,
      sha256: file.sha256,
      uploadedBy: { id: checker.id },
      createdAt: file.createdAt,
      href: `/api/evidence/${copied.id}`,
    });
    // One stored copy of the bytes, named by both files.
    expect(await blobOf(copied.id)).toBe(await blobOf(file.id));
    expect(await chunksOf(await blobOf(file.id))).toBe(1);
    const opened = await openEvidence({ actor: editor, evidenceId: copied.id });
    expect(opened.file).toEqual(copied);
    expect((await read(opened.bytes)).equals(transcript)).toBe(true);
    expect(createHash("sha256").update(transcript).digest("hex")).toBe(copied.sha256);

    const history = (await getClaimHistory({ actor: editor, claimId: current.id })).map((entry) => describeActivity(entry).text);
    expect(history).toContain(`Evidence added: minutes.txt (SHA-256 ${file.sha256.slice(0, 12)}…)`);
  });

  it("keeps the bytes while any copy stays, and removes them with the last one", async () => {
    const { admin, file, transcript, reuse } = await desk();
    const copied = (await reuse()).evidence[0]!;
    const blob = await blobOf(file.id);
    await deleteEvidence({ actor: admin, evidenceId: file.id });
    await expect(openEvidence({ actor: admin, evidenceId: file.id })).rejects.toMatchObject({ status: 404 });
    expect((await read((await openEvidence({ actor: admin, evidenceId: copied.id })).bytes)).equals(transcript)).toBe(true);
    expect(await blobExists(blob)).toBe(true);

    await deleteEvidence({ actor: admin, evidenceId: copied.id });
    expect(await blobExists(blob)).toBe(false);
    expect(await chunksOf(blob)).toBe(0);
  });

  it("removes the bytes when the last file goes with its source, claim or article, and only an admin may do that", async () => {
    for (const remove of ["source", "claim", "article"] as const) {
      const { editor, admin, earlier, source, file } = await desk();
      const blob = await blobOf(file.id);
      const byEditor =
        remove === "source"
          ? deleteSource({ actor: editor, sourceId: source.id })
          : remove === "claim"
            ? deleteClaim({ actor: editor, claimId: earlier.id })
            : deleteArticle({ actor: editor, articleId: earlier.articleId });
      await expect(byEditor).rejects.toMatchObject({ status: 403, message: expect.stringContaining("only an admin may delete evidence") });
      expect(await blobExists(blob)).toBe(true);

      if (remove === "source") await deleteSource({ actor: admin, sourceId: source.id });
      else if (remove === "claim") await deleteClaim({ actor: admin, claimId: earlier.id });
      else await deleteArticle({ actor: admin, articleId: earlier.articleId });
      expect(await blobExists(blob)).toBe(false);
      expect(await chunksOf(blob)).toBe(0);
      const removal = await getDb().activityEvent.findFirst({ where: { entityId: source.id, action: "source.evidence_removed" } });
      expect(removal).toMatchObject({ actorId: admin.id, before: { evidenceId: file.id, sha256: file.sha256 } });
    }
  });

  it("never loses or strands the bytes when copies are deleted, or copied and deleted, at the same moment", async () => {
    for (let round = 0; round < 4; round++) {
      const { admin, file, reuse } = await desk();
      const copied = (await reuse()).evidence[0]!;
      const blob = await blobOf(file.id);
      await Promise.all([deleteEvidence({ actor: admin, evidenceId: file.id }), deleteEvidence({ actor: admin, evidenceId: copied.id })]);
      expect(await blobExists(blob)).toBe(false);
    }
    for (let round = 0; round < 4; round++) {
      const { admin, file, transcript, reuse } = await desk();
      const blob = await blobOf(file.id);
      const [copy, deletion] = await Promise.allSettled([reuse(), deleteEvidence({ actor: admin, evidenceId: file.id })]);
      expect(deletion.status).toBe("fulfilled");
      if (copy.status === "fulfilled" && copy.value.evidence.length > 0) {
        // The copy landed first: its bytes stayed.
        const copied = copy.value.evidence[0]!;
        expect((await read((await openEvidence({ actor: admin, evidenceId: copied.id })).bytes)).equals(transcript)).toBe(true);
      } else {
        // The deletion landed first (before the copy read the file, or while it wrote): nothing
        // was copied, and nothing is left of the bytes.
        if (copy.status === "rejected") expect(copy.reason).toMatchObject({ status: 409 });
        expect(await blobExists(blob)).toBe(false);
      }
    }
  });
});
