import "server-only";
import { createHash } from "node:crypto";
import type { EvidenceSnapshot } from "@/lib/activity/activity-types";
import type { EvidenceFileDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { cleanFileName, EVIDENCE_MEDIA_TYPES, sniffEvidenceType, SNIFF_BYTES } from "@/lib/evidence/media-types";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, can, canSeeConfidentialSource } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { newId } from "../ids";
import { recordActivities, recordActivity } from "../activity/record-activity";
import { evidenceStore, removeReleasedObjects, storeOf } from "./evidence-store";
import { evidenceSelect, toEvidenceDto } from "../select";

// Evidence files: the bytes stream in, 1 MiB at a time, each piece passed to the store (Postgres
// or an S3-compatible bucket, evidence-store.ts) as it fills (never the whole file in memory),
// hashed (SHA-256) and counted on the way; the media type is read from the first bytes before
// anything is written. The bytes are an EvidenceBlob, which the file row names: a reused source's
// copies name the same blob, and the database removes it with the last file naming it (a bucket's
// object is queued, and removed here once the deletion is committed). A file's row says it is
// complete only once its hash is set: an upload that fails or is refused midway leaves nothing
// behind, and one cut off by a crash is swept away (row, bytes and object) by a later upload.

export const EVIDENCE_CHUNK_BYTES = 1 << 20;
const DEFAULT_MAX_BYTES = 50 * (1 << 20);

/** The largest evidence file accepted: FACTDESK_EVIDENCE_MAX_BYTES, or 50 MiB. */
export function evidenceMaxBytes(): number {
  const configured = Number(process.env.FACTDESK_EVIDENCE_MAX_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES;
}

type SourceAccess = {
  id: string;
  claimId: string;
  confidential: boolean;
  addedById: string;
  claim: { articleId: string; assigneeId: string | null; article: { leadCheckerId: string | null } };
};

/** What decides who may see a source's files, and where their history goes. */
const sourceAccessSelect = {
  id: true,
  claimId: true,
  confidential: true,
  addedById: true,
  claim: { select: { articleId: true, assigneeId: true, article: { select: { leadCheckerId: true } } } },
} as const;

const sourceAccess = (sourceId: string): Promise<SourceAccess | null> => getDb().source.findUnique({ where: { id: sourceId }, select: sourceAccessSelect });

/** The history entry of an evidence file, on its source (so a confidential source's files are hidden as its details are). */
const onSource = (actor: SessionUser, source: SourceAccess) => ({
  actorId: actor.id,
  entityType: "source" as const,
  entityId: source.id,
  claimId: source.claimId,
  articleId: source.claim.articleId,
});
const snapshotOf = (row: { id: string; fileName: string; contentType: string; size: number; sha256: string }): EvidenceSnapshot => ({
  evidenceId: row.id,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
});

/** A confidential source's files are for those who may see its details, like the rest of it. */
function assertMaySee(actor: SessionUser, source: SourceAccess): void {
  if (
    source.confidential &&
    !canSeeConfidentialSource(actor, { assigneeId: source.claim.assigneeId, leadCheckerId: source.claim.article.leadCheckerId, addedById: source.addedById })
  ) {
    throw new AppError("FORBIDDEN", `Source ${source.id} is confidential: its evidence is only for editors, admins and the people checking its claim.`);
  }
}

/** Gathers a stream's pieces into buffers of `size` bytes (the last one shorter). */
async function* rechunk(body: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const piece of body) {
    let rest = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (length + rest.length >= size) {
      const take = size - length;
      pending.push(rest.subarray(0, take));
      yield Buffer.concat(pending);
      rest = rest.subarray(take);
      pending = [];
      length = 0;
    }
    if (rest.length > 0) {
      pending.push(Buffer.from(rest));
      length += rest.length;
    }
  }
  if (length > 0) yield Buffer.concat(pending);
}

/**
 * Stores `body` as an evidence file of the source, as `actor`; 415 for a kind of file not
 * accepted, 413 past `maxBytes`, 404 with no such source. Chunks of SNIFF_BYTES or more come
 * first from `rechunk`, so the first piece holds what the media type is read from.
 */
export async function storeEvidence({
  actor,
  sourceId,
  fileName,
  body,
  maxBytes = evidenceMaxBytes(),
}: {
  actor: SessionUser;
  sourceId: string;
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  maxBytes?: number;
}): Promise<EvidenceFileDto> {
  assertCan(actor, "source:write");
  const source = await sourceAccess(sourceId);
  if (!source) throw notFound("Source", sourceId);
  assertMaySee(actor, source);
  const db = getDb();
  await sweepAbandonedUploads();

  const id = newId();
  const store = evidenceStore();
  const pieces = rechunk(body, Math.max(EVIDENCE_CHUNK_BYTES, SNIFF_BYTES))[Symbol.asyncIterator]();
  const first = await pieces.next();
  if (first.done) throw new AppError("INVALID_INPUT", "The file is empty.");
  // The type is read before anything is written: a file of another kind leaves no trace.
  const contentType = await sniffEvidenceType(first.value.subarray(0, SNIFF_BYTES), first.value.length < EVIDENCE_CHUNK_BYTES);
  if (!contentType) throw unsupported();
  // The blob and its file in one transaction: a blob is never without a file naming it.
  await db.evidenceFile.create({
    data: {
      id,
      source: { connect: { id: sourceId } },
      blob: { create: { id, storage: store.kind, storageKey: id } },
      fileName: cleanFileName(fileName),
      contentType,
      size: 0,
      sha256: "",
      uploadedBy: { connect: { id: actor.id } },
    },
  });
  const hash = createHash("sha256");
  let size = 0;
  // Counted and hashed on their way to the store; past the limit, the write fails with 413.
  async function* counted(): AsyncGenerator<Buffer> {
    for (let piece: IteratorResult<Buffer> = first; !piece.done; piece = await pieces.next()) {
      size += piece.value.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      hash.update(piece.value);
      yield piece.value;
    }
  }
  try {
    await store.write(id, counted());
    const sha256 = hash.digest("hex");
    // Complete once its hash is set, with its history entry in the same transaction.
    const done = await db.$transaction(async (tx) => {
      const row = await tx.evidenceFile.update({ where: { id }, data: { size, sha256 }, select: evidenceSelect });
      await recordActivity(tx, { ...onSource(actor, source), action: "source.evidence_added", after: snapshotOf(row) });
      return row;
    });
    return toEvidenceDto(done);
  } catch (error) {
    // The row's deletion takes the blob (and Postgres's pieces) with it and queues a bucket's object.
    await db.evidenceFile.deleteMany({ where: { id } });
    await removeReleasedObjects().catch(() => undefined);
    throw error;
  }
}

/** Removes uploads a crash cut off (long enough ago that none is still running), and bucket objects no file names. */
async function sweepAbandonedUploads(): Promise<void> {
  await getDb().evidenceFile.deleteMany({ where: { sha256: "", createdAt: { lt: new Date(Date.now() - 3_600_000) } } });
  await removeReleasedObjects();
}

const unsupported = () =>
  new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    `Evidence files are ${Object.values(EVIDENCE_MEDIA_TYPES)
      .map((type) => type.label)
      .join(", ")}: the file's contents are none of these (its name does not matter).`,
  );
const tooLarge = (maxBytes: number) => new AppError("PAYLOAD_TOO_LARGE", `Evidence files are at most ${(maxBytes / (1 << 20)).toFixed(0)} MB.`);

/** A complete evidence file as `actor` may read it, and its bytes one piece at a time. */
export async function openEvidence({ actor, evidenceId }: { actor: SessionUser; evidenceId: string }): Promise<{ file: EvidenceFileDto; bytes: () => AsyncIterable<Buffer> }> {
  assertCan(actor, "article:read");
  const row = await getDb().evidenceFile.findUnique({ where: { id: evidenceId }, select: { ...evidenceSelect, blob: { select: { storage: true, storageKey: true } } } });
  if (!row || row.sha256 === "") throw notFound("Evidence file", evidenceId);
  const source = await sourceAccess(row.sourceId);
  if (!source) throw notFound("Evidence file", evidenceId);
  assertMaySee(actor, source);
  const { blob, ...file } = row;
  // The store is found before answering (a bucket this server was not given is a 503 now, not a broken download).
  const store = storeOf(blob.storage);
  return { file: toEvidenceDto(file), bytes: () => store.read(blob.storageKey) };
}

/** A stored file's bytes one piece at a time, from the store its row names (the caller has checked who may read them). */
export function evidenceBytes(storage: string, storageKey: string): AsyncIterable<Buffer> {
  return storeOf(storage).read(storageKey);
}

/**
 * Deletes an evidence file (an admin's action, recorded in its claim's history); 404 when there
 * is none. Copies of it on reused sources stay, and so do the bytes they name.
 */
export async function deleteEvidence({ actor, evidenceId }: { actor: SessionUser; evidenceId: string }): Promise<void> {
  assertCan(actor, "evidence:delete");
  await getDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; sourceId: string; fileName: string; contentType: string; size: number; sha256: string }[]>`
      DELETE FROM "EvidenceFile" WHERE "id" = ${evidenceId} AND "sha256" <> ''
      RETURNING "id", "sourceId", "fileName", "contentType", "size", "sha256"`;
    const row = rows[0];
    if (!row) throw notFound("Evidence file", evidenceId);
    const source = await tx.source.findUniqueOrThrow({ where: { id: row.sourceId }, select: sourceAccessSelect });
    await recordActivity(tx, { ...onSource(actor, source), action: "source.evidence_removed", before: snapshotOf(row) });
  });
  // Postgres's pieces went with the last file naming them; a bucket's object goes once that is committed.
  await removeReleasedObjects();
}

/**
 * Inside the transaction deleting an article, a claim or a source: its evidence files go with
 * it, and deleting evidence is an admin's action. Refused (403) for anyone else when there are
 * any; otherwise each file's removal is recorded in its source's history. Answers how many go:
 * when any, the caller runs `removeReleasedObjects` once its transaction is committed.
 */
export async function evidenceGoingWith(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  scope: { articleId: string } | { claimId: string } | { sourceId: string },
  what: string,
): Promise<number> {
  // Every file of the scope is locked, uploads in progress too: one finishing now either
  // finished first (and is counted here) or waits, and then finds its row gone.
  const [column, id] = "sourceId" in scope ? ['s."id"', scope.sourceId] : "claimId" in scope ? ['s."claimId"', scope.claimId] : ['c."articleId"', scope.articleId];
  const locked = await tx.$queryRawUnsafe<
    { id: string; fileName: string; contentType: string; size: number; sha256: string; sourceId: string; claimId: string; articleId: string }[]
  >(
    `SELECT e."id", e."fileName", e."contentType", e."size", e."sha256", s."id" AS "sourceId", s."claimId", c."articleId"
     FROM "EvidenceFile" e JOIN "Source" s ON s."id" = e."sourceId" JOIN "Claim" c ON c."id" = s."claimId"
     WHERE ${column} = $1 ORDER BY e."id" FOR UPDATE OF e`,
    id,
  );
  const files = locked.filter((file) => file.sha256 !== "");
  if (files.length === 0) return 0;
  if (!can(actor.role, "evidence:delete")) {
    const count = files.length === 1 ? "an evidence file" : `${files.length} evidence files`;
    throw new AppError("FORBIDDEN", `${what} holds ${count}, and only an admin may delete evidence: ask an admin to delete it.`);
  }
  await recordActivities(
    tx,
    files.map(({ sourceId, claimId, articleId, ...file }) => ({
      actorId: actor.id,
      entityType: "source" as const,
      entityId: sourceId,
      claimId,
      articleId,
      action: "source.evidence_removed" as const,
      before: snapshotOf(file),
    })),
  );
  return files.length;
}
