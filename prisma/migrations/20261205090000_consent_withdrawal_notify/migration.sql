-- A withdrawn consent tells the live channel of each of the person's plans, so every open
-- subscription is judged again at once (plan-live.resolver.ts) and ends for a reader whose access
-- rested on the consent, without waiting for the next save. The event carries no plan data.
CREATE FUNCTION "samhandling_notify_consent_withdrawn"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plan RECORD;
BEGIN
  FOR plan IN SELECT "id" FROM "IndividualPlan" WHERE "personId" = NEW."personId" LOOP
    PERFORM pg_notify('samhandling_plans', json_build_object(
      'planId', plan."id", 'entity', 'Consent', 'entityId', NEW."id",
      'action', 'consent.withdrawn', 'version', NULL, 'actorId', NULL)::text);
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Consent_notify_withdrawn"
  AFTER UPDATE OF "withdrawnAt" ON "Consent"
  FOR EACH ROW
  WHEN (OLD."withdrawnAt" IS NULL AND NEW."withdrawnAt" IS NOT NULL)
  EXECUTE FUNCTION "samhandling_notify_consent_withdrawn"();
