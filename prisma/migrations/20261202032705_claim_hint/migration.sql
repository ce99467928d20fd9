-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "hint" TEXT NOT NULL DEFAULT '';

