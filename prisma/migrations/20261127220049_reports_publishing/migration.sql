-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('web', 'document', 'person', 'dataset', 'other');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "publishedUrl" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "confidential" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "contact" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "kind" "SourceKind" NOT NULL DEFAULT 'web',
ALTER COLUMN "url" SET DEFAULT '';

-- CreateTable
CREATE TABLE "DeskSettings" (
    "id" TEXT NOT NULL DEFAULT 'desk',
    "organizationName" TEXT NOT NULL DEFAULT '',
    "organizationUrl" TEXT NOT NULL DEFAULT '',
    "ratingScale" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "DeskSettings_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "DeskSettings" ADD CONSTRAINT "DeskSettings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

