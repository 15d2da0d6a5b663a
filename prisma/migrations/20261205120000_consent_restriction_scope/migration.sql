-- AlterTable
ALTER TABLE "ConsentRestriction" ADD COLUMN     "goalId" UUID,
ADD COLUMN     "organisation" TEXT,
ADD COLUMN     "subPlanId" UUID;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "organisation" TEXT;

