-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PlanTransition" ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" UUID;

-- AlterTable
ALTER TABLE "SubPlan" ADD COLUMN     "lifeArea" "LifeArea";

-- AddForeignKey
ALTER TABLE "PlanTransition" ADD CONSTRAINT "PlanTransition_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Written by hand
-- ---------------------------------------------------------------------------

-- A sub-plan has one owner: a unit, or a person named in text.
ALTER TABLE "SubPlan" ADD CONSTRAINT "SubPlan_one_owner"
  CHECK (("ownerUnitId" IS NULL) <> ("ownerName" IS NULL));

-- A held evaluation names who evaluated.
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_held_by"
  CHECK ("heldAt" IS NULL OR "evaluatedById" IS NOT NULL);

-- A review of a transition is recorded with who reviewed, or not at all.
ALTER TABLE "PlanTransition" ADD CONSTRAINT "PlanTransition_reviewed_by"
  CHECK (("reviewedAt" IS NULL) = ("reviewedById" IS NULL));
