-- Every change that can alter or end a signed-in session is announced on one channel, so each API
-- replica can cache sessions and drop an entry the moment it no longer holds (sign-out, role
-- switch, revocation, a user deactivated or given other roles or units). Triggers announce it
-- whichever path made the change. Payloads: 'session:<id>', 'user:<id>', or 'all'.

CREATE FUNCTION "samhandling_notify_session"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('samhandling_sessions', 'session:' || OLD."id");
  -- A renewal only moves the expiry later: it changes nothing a cached session holds.
  ELSIF NEW."activeRole" IS DISTINCT FROM OLD."activeRole"
     OR NEW."expiresAt" < OLD."expiresAt"
     OR NEW."userId" IS DISTINCT FROM OLD."userId"
     OR NEW."tokenHash" IS DISTINCT FROM OLD."tokenHash"
     OR NEW."municipalityId" IS DISTINCT FROM OLD."municipalityId" THEN
    PERFORM pg_notify('samhandling_sessions', 'session:' || OLD."id");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "samhandling_notify_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('samhandling_sessions', 'user:' || OLD."id");
  ELSIF (NEW."active", NEW."roles", NEW."name", NEW."username", NEW."kind", NEW."municipalityId", NEW."personId")
        IS DISTINCT FROM (OLD."active", OLD."roles", OLD."name", OLD."username", OLD."kind", OLD."municipalityId", OLD."personId") THEN
    PERFORM pg_notify('samhandling_sessions', 'user:' || OLD."id");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "samhandling_notify_staff_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('samhandling_sessions', 'user:' || OLD."userId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM pg_notify('samhandling_sessions', 'user:' || NEW."userId");
  END IF;
  RETURN NULL;
END $$;

-- Unit and municipality names are part of every cached session; they change rarely.
CREATE FUNCTION "samhandling_notify_all_sessions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    PERFORM pg_notify('samhandling_sessions', 'all');
  ELSIF NEW."name" IS DISTINCT FROM OLD."name" THEN
    PERFORM pg_notify('samhandling_sessions', 'all');
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Session_notify" AFTER UPDATE OR DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION "samhandling_notify_session"();
CREATE TRIGGER "User_notify" AFTER UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "samhandling_notify_user"();
CREATE TRIGGER "StaffUnit_notify" AFTER INSERT OR UPDATE OR DELETE ON "StaffUnit"
  FOR EACH ROW EXECUTE FUNCTION "samhandling_notify_staff_unit"();
CREATE TRIGGER "Unit_notify" AFTER UPDATE OR DELETE ON "Unit"
  FOR EACH ROW EXECUTE FUNCTION "samhandling_notify_all_sessions"();
CREATE TRIGGER "Municipality_notify" AFTER UPDATE ON "Municipality"
  FOR EACH ROW EXECUTE FUNCTION "samhandling_notify_all_sessions"();

-- TRUNCATE skips row triggers.
CREATE TRIGGER "Session_truncate_notify" AFTER TRUNCATE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION "samhandling_notify_all_sessions"();
CREATE TRIGGER "User_truncate_notify" AFTER TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "samhandling_notify_all_sessions"();
CREATE TRIGGER "StaffUnit_truncate_notify" AFTER TRUNCATE ON "StaffUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION "samhandling_notify_all_sessions"();
CREATE TRIGGER "Unit_truncate_notify" AFTER TRUNCATE ON "Unit"
  FOR EACH STATEMENT EXECUTE FUNCTION "samhandling_notify_all_sessions"();
