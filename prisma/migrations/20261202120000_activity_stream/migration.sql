-- The live desk streams each article's activity (lib/server/live/). Every entry records the
-- transaction that wrote it: a stream hands out only entries of transactions older than every
-- transaction still running (pg_snapshot_xmin), so an entry that commits late is never skipped,
-- and resumes from that horizon. Entries from before this migration have none (never replayed).
ALTER TABLE "ActivityEvent" ADD COLUMN "txid" xid8;
ALTER TABLE "ActivityEvent" ALTER COLUMN "txid" SET DEFAULT pg_current_xact_id();
CREATE INDEX "ActivityEvent_articleId_txid_idx" ON "ActivityEvent" ("articleId", "txid");

-- Each statement that appends entries tells every app server which articles changed (ids only).
CREATE FUNCTION activity_appended() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''factdesk_activity'', changed."articleId") FROM (SELECT DISTINCT "articleId" FROM appended WHERE "articleId" IS NOT NULL) AS changed\x3b RETURN NULL\x3b END';

CREATE TRIGGER "ActivityEvent_appended"
  AFTER INSERT ON "ActivityEvent" REFERENCING NEW TABLE AS appended
  FOR EACH STATEMENT EXECUTE FUNCTION activity_appended();
