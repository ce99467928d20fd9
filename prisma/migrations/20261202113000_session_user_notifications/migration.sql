-- Every app server keeps the users of the sessions it has served in memory
-- (lib/server/auth/sessions.ts) and forgets a user as soon as Postgres says they changed: a
-- change of what a session reads (name, email, role, active, session generation), the user's
-- removal, or one of their sessions ended. The payload is the user's id.
CREATE FUNCTION session_user_changed() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''factdesk_session_user'', OLD."id")\x3b RETURN NULL\x3b END';

CREATE TRIGGER "User_session_user_changed"
  AFTER UPDATE OF "email", "name", "role", "active", "sessionVersion" OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION session_user_changed();

CREATE FUNCTION session_ended() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''factdesk_session_user'', NEW."userId")\x3b RETURN NULL\x3b END';

CREATE TRIGGER "EndedSession_session_ended"
  AFTER INSERT ON "EndedSession"
  FOR EACH ROW EXECUTE FUNCTION session_ended();
