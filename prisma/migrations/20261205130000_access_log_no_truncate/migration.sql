-- The access log is append-only: TRUNCATE is refused as UPDATE and DELETE already are.
CREATE TRIGGER "AccessLogEntry_no_truncate"
  BEFORE TRUNCATE ON "AccessLogEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "AccessLogEntry_append_only"();
