import "server-only";
import { createHash } from "node:crypto";
import type { EvidenceSnapshot } from "@/lib/activity/activity-types";
import type { EvidenceFileDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { cleanFileName, EVIDENCE_MEDIA_TYPES, sniffEvidenceType, SNIFF_BYTES, type EvidenceMediaType } from "@/lib/evidence/media-types";
import { assertCan, canSeeConfidentialSource } from "@/lib/permissions";
import type { SessionUser } from "../auth/session-user";
import { getDb } from "../db";
import { newId } from "../ids";
import { recordActivity } from "../activity/record-activity";
import { queryRows, type Statement } from "../sql";
import { evidenceSelect, toEvidenceDto } from "../select";

// Evidence files kept in Postgres: the bytes stream in, 1 MiB at a time, each piece written as
// it fills (never the whole file in memory), hashed (SHA-256) and counted on the way; the media
// type is read from the first bytes before anything is written. A file's row says it is complete
// only once its hash is set: an upload that fails or is refused midway leaves nothing behind (its
// pieces are removed), and one cut off by a crash is swept away by a later upload.

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

const sourceAccess = (sourceId: string): Promise<SourceAccess | null> =>
  getDb().source.findUnique({
    where: { id: sourceId },
    select: {
      id: true,
      claimId: true,
      confidential: true,
      addedById: true,
      claim: { select: { articleId: true, assigneeId: true, article: { select: { leadCheckerId: true } } } },
    },
  });

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

const INSERT_CHUNK: Statement = { name: "evidence-chunk", text: `INSERT INTO "EvidenceChunk" ("fileId", "index", "data") VALUES ($1, $2, $3)` };
const READ_CHUNK: Statement = { name: "evidence-read-chunk", text: `SELECT "data" FROM "EvidenceChunk" WHERE "fileId" = $1 AND "index" = $2` };

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
  // Uploads a crash cut off, long enough ago that none is still running.
  await db.evidenceFile.deleteMany({ where: { sha256: "", createdAt: { lt: new Date(Date.now() - 3_600_000) } } });

  const id = newId();
  const hash = createHash("sha256");
  let size = 0;
  let index = 0;
  let contentType: EvidenceMediaType | null = null;
  try {
    for await (const chunk of rechunk(body, Math.max(EVIDENCE_CHUNK_BYTES, SNIFF_BYTES))) {
      if (contentType === null) {
        contentType = await sniffEvidenceType(chunk.subarray(0, SNIFF_BYTES), chunk.length < EVIDENCE_CHUNK_BYTES);
        if (!contentType) throw unsupported();
        await db.evidenceFile.create({
          data: { id, sourceId, fileName: cleanFileName(fileName), contentType, size: 0, sha256: "", storage: "postgres", storageKey: id, uploadedById: actor.id },
        });
      }
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      hash.update(chunk);
      await queryRows(INSERT_CHUNK, [id, index++, chunk]);
    }
    if (contentType === null) throw new AppError("INVALID_INPUT", "The file is empty.");
    const sha256 = hash.digest("hex");
    // Complete once its hash is set, with its history entry in the same transaction.
    const done = await db.$transaction(async (tx) => {
      const row = await tx.evidenceFile.update({ where: { id }, data: { size, sha256 }, select: evidenceSelect });
      await recordActivity(tx, { ...onSource(actor, source), action: "source.evidence_added", after: snapshotOf(row) });
      return row;
    });
    return toEvidenceDto(done);
  } catch (error) {
    await db.evidenceFile.deleteMany({ where: { id } });
    throw error;
  }
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
export async function openEvidence({ actor, evidenceId }: { actor: SessionUser; evidenceId: string }): Promise<{ file: EvidenceFileDto; bytes: () => AsyncGenerator<Buffer> }> {
  assertCan(actor, "article:read");
  const row = await getDb().evidenceFile.findUnique({ where: { id: evidenceId }, select: { ...evidenceSelect, storage: true, storageKey: true } });
  if (!row || row.sha256 === "") throw notFound("Evidence file", evidenceId);
  const source = await sourceAccess(row.sourceId);
  if (!source) throw notFound("Evidence file", evidenceId);
  assertMaySee(actor, source);
  const { storage: _storage, storageKey, ...file } = row;
  return { file: toEvidenceDto(file), bytes: () => evidenceBytes(storageKey) };
}

/** A stored file's bytes one piece at a time (the caller has checked who may read them). */
export async function* evidenceBytes(storageKey: string): AsyncGenerator<Buffer> {
  for (let index = 0; ; index++) {
    const [chunk] = await queryRows<{ data: Buffer }>(READ_CHUNK, [storageKey, index]);
    if (!chunk) return;
    yield chunk.data;
  }
}

/** Deletes an evidence file (an admin's action, recorded in its claim's history); 404 when there is none. */
export async function deleteEvidence({ actor, evidenceId }: { actor: SessionUser; evidenceId: string }): Promise<void> {
  assertCan(actor, "evidence:delete");
  await getDb().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; sourceId: string; fileName: string; contentType: string; size: number; sha256: string }[]>`
      DELETE FROM "EvidenceFile" WHERE "id" = ${evidenceId} AND "sha256" <> '' RETURNING "id", "sourceId", "fileName", "contentType", "size", "sha256"`;
    const row = rows[0];
    if (!row) throw notFound("Evidence file", evidenceId);
    const source = await tx.source.findUniqueOrThrow({
      where: { id: row.sourceId },
      select: {
        id: true,
        claimId: true,
        confidential: true,
        addedById: true,
        claim: { select: { articleId: true, assigneeId: true, article: { select: { leadCheckerId: true } } } },
      },
    });
    await recordActivity(tx, { ...onSource(actor, source), action: "source.evidence_removed", before: snapshotOf(row) });
  });
}
