-- The live desk keeps each person's Inbox count current: a notification arriving, read or
-- removed tells every app server whose inbox changed (the recipient's id only).
CREATE FUNCTION inbox_changed() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''factdesk_inbox'', COALESCE(NEW."userId", OLD."userId"))\x3b RETURN NULL\x3b END';

CREATE TRIGGER "Notification_inbox_changed"
  AFTER INSERT OR DELETE OR UPDATE OF "readAt" ON "Notification"
  FOR EACH ROW EXECUTE FUNCTION inbox_changed();
