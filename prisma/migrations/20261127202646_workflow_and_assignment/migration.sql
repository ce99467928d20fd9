-- CreateEnum
CREATE TYPE "ArticleState" AS ENUM ('draft', 'in_check', 'checked', 'signed_off');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "leadCheckerId" TEXT,
ADD COLUMN     "signedOffAt" TIMESTAMP(3),
ADD COLUMN     "signedOffById" TEXT,
ADD COLUMN     "state" "ArticleState" NOT NULL DEFAULT 'draft';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assigneeId" TEXT;

-- CreateIndex
CREATE INDEX "Claim_assigneeId_createdAt_idx" ON "Claim"("assigneeId", "createdAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_leadCheckerId_fkey" FOREIGN KEY ("leadCheckerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: articles already being checked (they have claims) start in the check.
UPDATE "Article" SET "state" = 'in_check' WHERE EXISTS (SELECT 1 FROM "Claim" WHERE "Claim"."articleId" = "Article"."id");
