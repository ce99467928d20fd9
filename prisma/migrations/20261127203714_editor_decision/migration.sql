-- CreateEnum
CREATE TYPE "EditorDecision" AS ENUM ('corrected', 'kept', 'removed');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decision" "EditorDecision",
ADD COLUMN     "decisionNote" TEXT NOT NULL DEFAULT '';

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

