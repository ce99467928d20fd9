-- DropIndex
DROP INDEX "RegisterTitle_normalized_idx";

-- AlterTable
ALTER TABLE "RegisterTitle" ADD COLUMN     "fromDay" TEXT NOT NULL DEFAULT '0000-01-01',
ADD COLUMN     "toDay" TEXT NOT NULL DEFAULT '9999-12-31';

-- CreateIndex
CREATE INDEX "RegisterTitle_normalized_jurisdictionKey_idx" ON "RegisterTitle"("normalized", "jurisdictionKey");

-- CreateIndex
CREATE INDEX "RegisterTitle_normalized_toDay_idx" ON "RegisterTitle"("normalized", "toDay");


-- Existing terms as whole days (partial dates run from their first to their last day).
UPDATE "RegisterTitle" SET
  "fromDay" = CASE WHEN "from" IS NULL THEN '0000-01-01' WHEN length("from") = 4 THEN "from" || '-01-01' WHEN length("from") = 7 THEN "from" || '-01' ELSE "from" END,
  "toDay" = CASE WHEN "to" IS NULL THEN '9999-12-31' WHEN length("to") = 4 THEN "to" || '-12-31'
                 WHEN length("to") = 7 THEN to_char(("to" || '-01')::date + interval '1 month' - interval '1 day', 'YYYY-MM-DD') ELSE "to" END;
