-- Who has an article open (the live desk's presence): one row per open stream (a browser tab),
-- written by the app server holding the stream, kept alive by that server every few seconds and
-- read with a short time-to-live, so any server can answer who is there and a row left behind
-- by a server that died simply expires.
CREATE TABLE "Presence" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "claimId" TEXT,
    "editing" BOOLEAN NOT NULL DEFAULT false,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Presence_articleId_seenAt_idx" ON "Presence"("articleId", "seenAt");

ALTER TABLE "Presence" ADD CONSTRAINT "Presence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Arriving, leaving and what someone looks at or edits tell every app server which article's
-- presence changed (its id only), the keep-alive (seenAt) does not.
CREATE FUNCTION presence_changed() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''factdesk_presence'', COALESCE(NEW."articleId", OLD."articleId"))\x3b RETURN NULL\x3b END';

CREATE TRIGGER "Presence_changed"
  AFTER INSERT OR DELETE OR UPDATE OF "claimId", "editing" ON "Presence"
  FOR EACH ROW EXECUTE FUNCTION presence_changed();
