-- Article-level discussion: a comment belongs to an article, and to one of its claims or (with no
-- claim) to the article as a whole. Existing comments take their claim's article.
ALTER TABLE "Comment" ADD COLUMN "articleId" TEXT;

UPDATE "Comment" cm SET "articleId" = c."articleId" FROM "Claim" c WHERE c."id" = cm."claimId";

ALTER TABLE "Comment" ALTER COLUMN "articleId" SET NOT NULL,
ALTER COLUMN "claimId" DROP NOT NULL;

CREATE INDEX "Comment_articleId_createdAt_idx" ON "Comment"("articleId", "createdAt");

ALTER TABLE "Comment" ADD CONSTRAINT "Comment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
