import "server-only";
import type { Activity, ReusedFrom, SourceSnapshot } from "@/lib/activity/activity-types";
import type { EvidenceFileDto, SourceDto } from "@/lib/dto";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertCan } from "@/lib/permissions";
import { ZCreateSourceSchema, type TCreateSource } from "@/lib/validation/source";
import { activityInsert, activityRows } from "../activity/record-activity";
import type { SessionUser } from "../auth/session-user";
import { newId } from "../ids";
import { insertJsonRows, queryRows, sqlPerson as person, type Statement } from "../sql";
import { sourceReader, toSourceDto } from "../select";
import { sourceSnapshot } from "./source-fields";

export type AddSourceOptions = { actor: SessionUser; claimId: string; input: TCreateSource };

const SOURCE_COLUMNS = {
  id: "text",
  claimId: "text",
  kind: '"SourceKind"',
  confidential: "boolean",
  contact: "text",
  url: "text",
  title: "text",
  publisher: "text",
  excerpt: "text",
  accessedAt: "date",
  addedById: "text",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

/** Evidence files copied with a reused source: new rows naming the same stored bytes. */
const EVIDENCE_COLUMNS = {
  id: "text",
  sourceId: "text",
  blobId: "text",
  fileName: "text",
  contentType: "text",
  size: "integer",
  sha256: "text",
  uploadedById: "text",
  createdAt: "timestamp(3)",
};

/**
 * The sources, their evidence files (copies, for reused sources), their history entries and the
 * answer in one statement. The claim is held (a key-share lock) so it cannot be deleted
 * underneath; with no such claim nothing is written and no row comes back. The answer carries
 * what decides who may see a confidential source.
 */
const INSERT_SOURCE: Statement = {
  name: "insert-source",
  text: `WITH cl AS (
    SELECT c."id", c."articleId", c."assigneeId", a."leadCheckerId" FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."id" = $1 FOR KEY SHARE OF c
  ),
  written AS (${insertJsonRows("Source", SOURCE_COLUMNS, 2, { from: "cl" })} RETURNING *),
  copied AS (${insertJsonRows("EvidenceFile", EVIDENCE_COLUMNS, 4, { from: "cl" })}),
  logged AS (${activityInsert(3, { from: "cl", articleId: 'cl."articleId"' })})
  SELECT s."id", s."claimId", s."kind"::text AS "kind", s."confidential", s."contact", s."url", s."title", s."publisher", s."excerpt", s."accessedAt", s."version",
    s."createdAt", s."updatedAt", ${person("adder")} AS "addedBy", cl."assigneeId", cl."leadCheckerId"
  FROM written s CROSS JOIN cl JOIN "User" adder ON adder."id" = s."addedById"`,
};

export async function addSource({ actor, claimId, input }: AddSourceOptions): Promise<SourceDto> {
  assertCan(actor, "source:write");
  const fields = ZCreateSourceSchema.parse(input);
  const [source] = await insertSources({ actor, claimId, sources: [fields] });
  return source!;
}

/** An evidence file to copy onto a reused source (its bytes, name, uploader and time stay the original's). */
export type EvidenceCopy = Pick<EvidenceFileDto, "fileName" | "size" | "sha256" | "uploadedBy"> & { blobId: string; contentType: string; createdAt: Date };

type NewSource = Omit<SourceSnapshot, "contact" | "url" | "title" | "publisher" | "excerpt" | "accessedAt"> &
  Partial<SourceSnapshot> & { reusedFrom?: ReusedFrom; evidence?: readonly EvidenceCopy[] };

/**
 * Writes `sources` on the claim in one statement, each with its "source.added" history entry
 * (saying where a reused one came from) and its copied evidence files with theirs, and answers
 * with them as `actor` may see them; 404 when there is no such claim. The caller has checked the
 * actor may add sources.
 */
export async function insertSources({ actor, claimId, sources }: { actor: SessionUser; claimId: string; sources: readonly NewSource[] }): Promise<SourceDto[]> {
  const now = new Date();
  const rows = sources.map((fields) => ({
    id: newId(),
    claimId,
    kind: fields.kind,
    confidential: fields.confidential,
    contact: fields.contact ?? "",
    url: fields.url ?? "",
    title: fields.title ?? "",
    publisher: fields.publisher ?? "",
    excerpt: fields.excerpt ?? "",
    accessedAt: fields.accessedAt ?? null,
    addedById: actor.id,
    createdAt: now,
    updatedAt: now,
  }));
  const copies = rows.flatMap((source, index) =>
    (sources[index]!.evidence ?? []).map(({ uploadedBy, ...file }) => ({ ...file, id: newId(), sourceId: source.id, uploadedById: uploadedBy.id, uploadedBy })),
  );
  // Their article is the claim's, read by the statement.
  const events: Activity[] = [
    ...rows.map((source, index): Activity => {
      const reusedFrom = sources[index]!.reusedFrom;
      return {
        actorId: actor.id,
        entityType: "source",
        entityId: source.id,
        claimId,
        action: "source.added",
        after: { ...sourceSnapshot(source), ...(reusedFrom ? { reusedFrom } : {}) },
      };
    }),
    ...copies.map((file): Activity => ({
      actorId: actor.id,
      entityType: "source",
      entityId: file.sourceId,
      claimId,
      action: "source.evidence_added",
      after: { evidenceId: file.id, fileName: file.fileName, contentType: file.contentType, size: file.size, sha256: file.sha256 },
    })),
  ];
  const written = await queryRows<Omit<Parameters<typeof toSourceDto>[0], "evidence"> & { assigneeId: string | null; leadCheckerId: string | null }>(INSERT_SOURCE, [
    claimId,
    JSON.stringify(rows),
    JSON.stringify(activityRows(events, now)),
    JSON.stringify(copies.map(({ uploadedBy, ...file }) => file)),
  ]).catch((error: unknown) => {
    // A copied file's bytes went between reading the file and copying it (its last file deleted).
    if ((error as { code?: string }).code === "23503" && copies.length > 0) {
      throw new AppError("CONFLICT", "An evidence file of a source being reused was deleted meanwhile: nothing was copied. Try again.");
    }
    throw error;
  });
  if (written.length === 0) throw notFound("Claim", claimId);
  const order = new Map(rows.map((row, index) => [row.id, index]));
  return (
    written
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      // A new source has no evidence yet; a reused one has the copies.
      .map(({ assigneeId, leadCheckerId, ...source }) =>
        toSourceDto(
          { ...source, evidence: copies.filter((file) => file.sourceId === source.id).map(({ blobId, uploadedById, ...file }) => file) },
          sourceReader(actor, { assigneeId, article: { leadCheckerId } }),
        ),
      )
  );
}
