-- CreateEnum
CREATE TYPE "RegisterKind" AS ENUM ('person', 'organization');

-- AlterTable
ALTER TABLE "SuggestionDismissal" ALTER COLUMN "kind" SET DATA TYPE TEXT USING "kind"::text;

-- CreateTable
CREATE TABLE "RegisterEntry" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RegisterKind" NOT NULL DEFAULT 'person',
    "variants" TEXT[],
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "verifiedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegisterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterName" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "RegisterName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterTitle" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "from" TEXT,
    "to" TEXT,

    CONSTRAINT "RegisterTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterSource" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "excerpt" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "RegisterSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegisterEntry_name_idx" ON "RegisterEntry"("name");

-- CreateIndex
CREATE INDEX "RegisterName_normalized_idx" ON "RegisterName"("normalized");

-- CreateIndex
CREATE INDEX "RegisterName_entryId_idx" ON "RegisterName"("entryId");

-- CreateIndex
CREATE INDEX "RegisterTitle_normalized_idx" ON "RegisterTitle"("normalized");

-- CreateIndex
CREATE INDEX "RegisterTitle_entryId_idx" ON "RegisterTitle"("entryId");

-- CreateIndex
CREATE INDEX "RegisterSource_entryId_idx" ON "RegisterSource"("entryId");

-- AddForeignKey
ALTER TABLE "RegisterEntry" ADD CONSTRAINT "RegisterEntry_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterName" ADD CONSTRAINT "RegisterName_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "RegisterEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterTitle" ADD CONSTRAINT "RegisterTitle_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "RegisterEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterSource" ADD CONSTRAINT "RegisterSource_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "RegisterEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Near-miss lookups: trigram similarity on the normalized names, served by a GIN index
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "RegisterName_normalized_trgm_idx" ON "RegisterName" USING gin ("normalized" gin_trgm_ops);
