-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('anchored', 'shifted', 'orphaned');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorState" "AnchorState" NOT NULL DEFAULT 'anchored',
ADD COLUMN     "needsRecheck" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "previousQuote" TEXT,
ALTER COLUMN "start" DROP NOT NULL,
ALTER COLUMN "end" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: an orphaned claim has no offsets, an anchored or shifted one has a valid range.
ALTER TABLE "Claim" DROP CONSTRAINT "Claim_offsets_check";
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_offsets_check" CHECK (
  ("anchorState" = 'orphaned' AND "start" IS NULL AND "end" IS NULL)
  OR ("anchorState" <> 'orphaned' AND "start" >= 0 AND "end" > "start")
);

-- Existing articles get their current text as their first recorded revision.
INSERT INTO "ArticleRevision" ("id", "articleId", "number", "title", "body", "text", "createdById", "createdAt")
SELECT 'rev' || substr(md5("id" || ':' || "version"), 1, 24), "id", "version", "title", "body", "text", "updatedById", "updatedAt"
FROM "Article";
