-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "correctedQuote" TEXT,
ADD COLUMN     "correctedStatus" "ClaimStatus";

