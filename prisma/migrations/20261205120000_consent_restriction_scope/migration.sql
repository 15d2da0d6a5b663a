-- AlterTable
ALTER TABLE "ConsentRestriction" ADD COLUMN     "goalId" UUID,
ADD COLUMN     "organisation" TEXT,
ADD COLUMN     "subPlanId" UUID;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "organisation" TEXT;

-- An environment is a unit or an external organisation.
ALTER TABLE "ConsentRestriction" DROP CONSTRAINT "ConsentRestriction_environment_names_unit";
ALTER TABLE "ConsentRestriction" ADD CONSTRAINT "ConsentRestriction_environment_named"
  CHECK ("kind" <> 'PROFESSIONAL_ENVIRONMENT' OR "unitId" IS NOT NULL OR "organisation" IS NOT NULL);
