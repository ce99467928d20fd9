-- The live desk keeps each person's Inbox count current: a notification arriving, read or
-- removed tells every app server whose inbox changed (the recipient's id only).
CREATE FUNCTION inbox_changed() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''factdesk_inbox'', COALESCE(NEW."userId", OLD."userId"))\x3b RETURN NULL\x3b END';

CREATE TRIGGER "Notification_inbox_changed"
  AFTER INSERT OR DELETE OR UPDATE OF "readAt" ON "Notification"
  FOR EACH ROW EXECUTE FUNCTION inbox_changed();

-- A page that lists articles opens the desk's stream with the position of its own read: whether
-- anything was logged since (by any article) is one look along this index.
CREATE INDEX "ActivityEvent_txid_idx" ON "ActivityEvent" ("txid");
