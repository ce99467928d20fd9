-- Replies within a claim's thread, one level deep: a reply names the comment it answers (always a
-- comment that is not itself a reply). Deleting a comment leaves its replies in the thread, as
-- comments of their own.
ALTER TABLE "Comment" ADD COLUMN "replyToId" TEXT;

CREATE INDEX "Comment_replyToId_idx" ON "Comment"("replyToId");

ALTER TABLE "Comment" ADD CONSTRAINT "Comment_replyToId_fkey" FOREIGN KEY ("replyToId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
