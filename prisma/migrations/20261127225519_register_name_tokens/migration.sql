-- AlterTable
ALTER TABLE "RegisterName" ADD COLUMN     "firstToken" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "lastToken" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "RegisterName_firstToken_idx" ON "RegisterName"("firstToken");

-- CreateIndex
CREATE INDEX "RegisterName_lastToken_idx" ON "RegisterName"("lastToken");


-- Backfill the tokens of names stored before these columns existed
UPDATE "RegisterName" SET "firstToken" = split_part("normalized", ' ', 1), "lastToken" = regexp_replace("normalized", '^.* ', '');
