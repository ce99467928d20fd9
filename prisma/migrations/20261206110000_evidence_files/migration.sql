-- Evidence files on sources: what each file is (name, media type read from its bytes, size,
-- SHA-256, who uploaded it), and its bytes in Postgres in pieces of at most 1 MiB (or in an object
-- store, under storageKey).
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage" TEXT NOT NULL DEFAULT 'postgres',
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "EvidenceChunk" (
    "fileId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "EvidenceChunk_pkey" PRIMARY KEY ("fileId","index")
);

CREATE INDEX "EvidenceFile_sourceId_createdAt_idx" ON "EvidenceFile"("sourceId", "createdAt");

ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EvidenceChunk" ADD CONSTRAINT "EvidenceChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The bytes are stored as they come (compressed formats mostly): not worth compressing again.
ALTER TABLE "EvidenceChunk" ALTER COLUMN "data" SET STORAGE EXTERNAL;
