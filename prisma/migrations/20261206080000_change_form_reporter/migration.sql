-- Who reported the change a change form records (endringsskjema: date, reason and who reported).
CREATE TYPE "ChangeFormReporter" AS ENUM ('PERSON', 'GUARDIAN', 'COORDINATOR', 'UNIT_LEADER', 'SERVICE_PROVIDER', 'OTHER');

ALTER TABLE "ChangeForm" ADD COLUMN "reportedBy" "ChangeFormReporter" NOT NULL DEFAULT 'PERSON';
ALTER TABLE "ChangeForm" ADD COLUMN "reportedByName" TEXT;
