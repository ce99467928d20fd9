import "server-only";
import { DeleteObjectCommand, GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import { AppError } from "@/lib/errors/app-error";
import { getDb } from "../db";
import { queryRows, type Statement } from "../sql";

// Where evidence bytes live. Postgres by default (works with the embedded set-up: 1 MiB rows of
// EvidenceChunk), or any S3-compatible object store when FACTDESK_EVIDENCE_S3_BUCKET is set. A
// file's bytes (its EvidenceBlob row) say which store holds them, so files written before a
// switch stay readable.

export type EvidenceStorage = "postgres" | "s3";

export interface EvidenceStore {
  readonly kind: EvidenceStorage;
  /** Writes `pieces` under `key`, as they come; if `pieces` throws, the write fails with that error. */
  write(key: string, pieces: AsyncIterable<Buffer>): Promise<void>;
  /** The bytes under `key`, a piece at a time. */
  read(key: string): AsyncIterable<Buffer>;
  /** Removes what is under `key` (nothing when there is nothing). */
  remove(key: string): Promise<void>;
}

const INSERT_CHUNK: Statement = { name: "evidence-chunk", text: `INSERT INTO "EvidenceChunk" ("blobId", "index", "data") VALUES ($1, $2, $3)` };
const READ_CHUNK: Statement = { name: "evidence-read-chunk", text: `SELECT "data" FROM "EvidenceChunk" WHERE "blobId" = $1 AND "index" = $2` };

/** Pieces as EvidenceChunk rows keyed by their blob's id, each its own statement (no transaction held while a client sends). */
export const postgresStore: EvidenceStore = {
  kind: "postgres",
  async write(key, pieces) {
    let index = 0;
    for await (const piece of pieces) await queryRows(INSERT_CHUNK, [key, index++, piece]);
  },
  async *read(key) {
    for (let index = 0; ; index++) {
      const [chunk] = await queryRows<{ data: Buffer }>(READ_CHUNK, [key, index]);
      if (!chunk) return;
      yield chunk.data;
    }
  },
  async remove(key) {
    await getDb().evidenceChunk.deleteMany({ where: { blobId: key } });
  },
};

export type S3Settings = { bucket: string; endpoint?: string; region: string; prefix: string };

/** An S3-compatible bucket: uploads in 5 MiB parts (at most two in flight), so memory stays bounded. */
export function s3Store({ bucket, endpoint, region, prefix }: S3Settings): EvidenceStore {
  // A custom endpoint (MinIO, s3rver, a provider's S3 API) is addressed by path, as most expect.
  // Checksums only where S3 requires them: the SDK's newer default (a checksum trailer on every
  // streamed upload) is not understood by every S3-compatible store.
  const client = new S3Client({
    region,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
  });
  const objectKey = (key: string) => `${prefix}${key}`;
  return {
    kind: "s3",
    async write(key, pieces) {
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: objectKey(key), Body: Readable.from(pieces), ContentType: "application/octet-stream" },
        queueSize: 2,
        partSize: 5 * (1 << 20),
        leavePartsOnError: false,
      });
      await upload.done();
    },
    async *read(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
      for await (const piece of object.Body as Readable) yield piece as Buffer;
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
  };
}

/** The S3 settings from the environment, or null when evidence stays in Postgres. */
export function s3SettingsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const bucket = env.FACTDESK_EVIDENCE_S3_BUCKET?.trim();
  if (!bucket) return null;
  return {
    bucket,
    endpoint: env.FACTDESK_EVIDENCE_S3_ENDPOINT?.trim() || undefined,
    region: env.FACTDESK_EVIDENCE_S3_REGION?.trim() || env.AWS_REGION?.trim() || "us-east-1",
    prefix: env.FACTDESK_EVIDENCE_S3_PREFIX ?? "evidence/",
  };
}

let configured: { settings: string; store: EvidenceStore } | null = null;

/** Where new evidence goes: the configured bucket, else Postgres. */
export function evidenceStore(): EvidenceStore {
  const settings = s3SettingsFromEnv();
  if (!settings) return postgresStore;
  const key = JSON.stringify(settings);
  if (configured?.settings !== key) configured = { settings: key, store: s3Store(settings) };
  return configured.store;
}

/** The store a file's row names. */
export function storeOf(storage: string): EvidenceStore {
  if (storage === "postgres") return postgresStore;
  const settings = s3SettingsFromEnv();
  // A configuration mistake of the server's, not the request's: 503, saying what to set.
  if (!settings) throw new AppError("UNAVAILABLE", "This evidence file is kept in an S3 bucket, and this server has no bucket configured (FACTDESK_EVIDENCE_S3_BUCKET).");
  return evidenceStore();
}

/**
 * Removes the bucket objects whose last file is gone (queued by the database as the file rows go:
 * the trigger in prisma/migrations/20261207090000_evidence_blobs), oldest first. Safe to run on
 * several app servers at once (removing an object twice is harmless); an object that cannot be
 * removed now (the store unreachable or not configured) stays queued for the next run.
 */
export async function removeReleasedObjects(limit = 100): Promise<number> {
  const db = getDb();
  const queued = await db.evidenceObjectRemoval.findMany({ orderBy: { queuedAt: "asc" }, take: limit });
  const removed: { storage: string; storageKey: string }[] = [];
  let failed = 0;
  let reason = "";
  for (const { storage, storageKey } of queued) {
    try {
      await storeOf(storage).remove(storageKey);
      removed.push({ storage, storageKey });
    } catch (error) {
      failed++;
      reason = (error as Error).message;
    }
  }
  // The removed ones leave the queue in one statement.
  if (removed.length > 0) await db.evidenceObjectRemoval.deleteMany({ where: { OR: removed } });
  // One line a run, not one an object: a store that is down fails them all alike.
  if (failed > 0) console.error(`${failed} released evidence object(s) not removed yet (kept queued): ${reason}`);
  return removed.length;
}
