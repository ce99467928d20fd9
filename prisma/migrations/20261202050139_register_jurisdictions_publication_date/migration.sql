-- DropIndex
DROP INDEX "RegisterName_normalized_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "publicationDate" DATE;

-- AlterTable
ALTER TABLE "RegisterTitle" ADD COLUMN     "jurisdiction" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "jurisdictionKey" TEXT NOT NULL DEFAULT '';

-- A name registered for two entries: the older entry keeps it, the newer loses that lookup row
-- and its notes say which entry to merge it with (nothing else is deleted).
WITH "ranked" AS (
  SELECT n."id", n."entryId", n."name",
         first_value(n."entryId") OVER (PARTITION BY n."normalized" ORDER BY e."createdAt", e."id") AS "keeper"
  FROM "RegisterName" n JOIN "RegisterEntry" e ON e."id" = n."entryId"
), "duplicates" AS (
  SELECT "entryId", string_agg('"' || "name" || '" is also entry ' || "keeper", ', ') AS "said"
  FROM "ranked" WHERE "keeper" <> "entryId" GROUP BY "entryId"
)
UPDATE "RegisterEntry" e
SET "notes" = ltrim(e."notes" || E'\n' || 'Registered twice (merge the entries): ' || d."said" || '.', E'\n')
FROM "duplicates" d WHERE d."entryId" = e."id";

DELETE FROM "RegisterName" n
USING "RegisterName" k, "RegisterEntry" ne, "RegisterEntry" ke
WHERE k."normalized" = n."normalized" AND k."id" <> n."id"
  AND ne."id" = n."entryId" AND ke."id" = k."entryId"
  AND (ke."createdAt", ke."id") < (ne."createdAt", ne."id");

-- CreateIndex
CREATE UNIQUE INDEX "RegisterName_normalized_key" ON "RegisterName"("normalized");

