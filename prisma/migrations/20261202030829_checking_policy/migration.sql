-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "coverageWaiver" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "noSourceReason" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "DeskSettings" ADD COLUMN     "checkingPolicy" JSONB;

