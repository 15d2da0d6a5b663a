-- "Today" is the calendar date in Oslo, in the database as in the app (packages/shared/src/time.ts).
-- Sessions run in UTC and timestamps hold UTC wall time, so CURRENT_DATE is the date in UTC: from
-- midnight in Oslo until midnight UTC (an hour in winter, two in summer) it is still yesterday.
-- The session's TimeZone stays UTC; these functions name the zone themselves.

-- The date in Oslo at an instant.
CREATE FUNCTION oslo_date(instant timestamptz) RETURNS date AS $$
  SELECT (instant AT TIME ZONE 'Europe/Oslo')::date
$$ LANGUAGE sql STABLE;

-- Today in Oslo (at the start of the transaction, as now()).
CREATE FUNCTION oslo_today() RETURNS date AS $$
  SELECT oslo_date(now())
$$ LANGUAGE sql STABLE;

-- The triggers of the init migration, with oslo_today() for CURRENT_DATE.
CREATE OR REPLACE FUNCTION "ResponsibilityGroup_check_prerequisites"() RETURNS trigger AS $$
BEGIN
  IF NEW."status" <> 'ACTIVE' THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "Consent" c
    WHERE c."id" = NEW."consentId" AND c."personId" = NEW."personId"
      AND c."scope" = 'RESPONSIBILITY_GROUP' AND c."form" = 'WRITTEN'
      AND c."withdrawnAt" IS NULL
      AND c."informedOfComposition" AND c."informedOfWayOfWorking"
      AND c."informedOfInformationExchange"
  ) THEN
    RAISE EXCEPTION 'ResponsibilityGroup_written_consent: responsibility group requires written consent' USING ERRCODE = '23514',
      CONSTRAINT = 'ResponsibilityGroup_written_consent';
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "CoordinatorAssignment" a
    WHERE a."personId" = NEW."personId" AND a."startDate" <= oslo_today()
      AND (a."endDate" IS NULL OR a."endDate" >= oslo_today())
  ) THEN
    RAISE EXCEPTION 'ResponsibilityGroup_active_coordinator: responsibility group requires an active coordinator' USING ERRCODE = '23514',
      CONSTRAINT = 'ResponsibilityGroup_active_coordinator';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION "IndividualPlan_check_coordinator"() RETURNS trigger AS $$
BEGIN
  IF NEW."status" = 'CLOSED' THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "CoordinatorAssignment" a
    WHERE a."personId" = NEW."personId" AND a."startDate" <= oslo_today()
      AND (a."endDate" IS NULL OR a."endDate" >= oslo_today())
  ) THEN
    RAISE EXCEPTION 'IndividualPlan_active_coordinator: individual plan requires an active coordinator' USING ERRCODE = '23514',
      CONSTRAINT = 'IndividualPlan_active_coordinator';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- A member joins today in Oslo unless told otherwise (was CURRENT_TIMESTAMP, the date in UTC).
ALTER TABLE "GroupMember" ALTER COLUMN "joinedAt" SET DEFAULT oslo_today();
