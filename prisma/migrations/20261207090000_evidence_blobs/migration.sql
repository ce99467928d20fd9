-- Evidence bytes apart from the files that name them: a reused source's files are new rows on
-- the new source pointing at the same stored bytes (EvidenceBlob), so copying a file costs no
-- bytes and deleting one copy leaves the others whole. Bytes go when the last file naming them
-- goes (the trigger below), however the file goes: an admin deleting it, or its source, claim or
-- article deleted. Postgres pieces go with the blob row, in the same transaction, and an object in a
-- bucket is queued in EvidenceObjectRemoval and removed by the app after the transaction.

CREATE TABLE "EvidenceBlob" (
    "id" TEXT NOT NULL,
    "storage" TEXT NOT NULL DEFAULT 'postgres',
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceBlob_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "EvidenceObjectRemoval" (
    "storage" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceObjectRemoval_pkey" PRIMARY KEY ("storage","storageKey")
);

-- Every file so far had bytes of its own, under its own id.
INSERT INTO "EvidenceBlob" ("id", "storage", "storageKey", "createdAt")
SELECT "id", "storage", "storageKey", "createdAt" FROM "EvidenceFile";

ALTER TABLE "EvidenceFile" ADD COLUMN "blobId" TEXT;
UPDATE "EvidenceFile" SET "blobId" = "id";
ALTER TABLE "EvidenceFile" ALTER COLUMN "blobId" SET NOT NULL;
ALTER TABLE "EvidenceFile" DROP COLUMN "storage", DROP COLUMN "storageKey";
CREATE INDEX "EvidenceFile_blobId_idx" ON "EvidenceFile"("blobId");
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_blobId_fkey" FOREIGN KEY ("blobId") REFERENCES "EvidenceBlob"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "EvidenceChunk" DROP CONSTRAINT "EvidenceChunk_fileId_fkey";
ALTER TABLE "EvidenceChunk" RENAME COLUMN "fileId" TO "blobId";
ALTER TABLE "EvidenceChunk" ADD CONSTRAINT "EvidenceChunk_blobId_fkey" FOREIGN KEY ("blobId") REFERENCES "EvidenceBlob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- After a file row goes: its blob is locked (so a copy being made of it at the same moment
-- either lands first and keeps the bytes, or waits and fails on the foreign key), then removed
-- when no file names it any more. Under read committed each statement here sees what others
-- committed while the lock was awaited, so two copies deleted at once cannot both keep the bytes.
-- (The body is an E-string with each semicolon written as \x3b: the migration runner splits the
-- script at every semicolon, dollar quotes or not.)
CREATE FUNCTION "evidence_release_blob"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  released "EvidenceBlob"%ROWTYPE\x3b
BEGIN
  PERFORM 1 FROM "EvidenceBlob" WHERE "id" = OLD."blobId" FOR UPDATE\x3b
  IF NOT EXISTS (SELECT 1 FROM "EvidenceFile" WHERE "blobId" = OLD."blobId") THEN
    DELETE FROM "EvidenceBlob" WHERE "id" = OLD."blobId" RETURNING * INTO released\x3b
    IF FOUND AND released."storage" <> ''postgres'' THEN
      INSERT INTO "EvidenceObjectRemoval" ("storage", "storageKey") VALUES (released."storage", released."storageKey")
      ON CONFLICT DO NOTHING\x3b
    END IF\x3b
  END IF\x3b
  RETURN NULL\x3b
END';

CREATE TRIGGER "EvidenceFile_release_blob" AFTER DELETE ON "EvidenceFile"
FOR EACH ROW EXECUTE FUNCTION "evidence_release_blob"();
