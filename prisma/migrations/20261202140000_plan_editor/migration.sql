-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('PERSON', 'RELATIVE', 'PROFESSIONAL', 'NETWORK');

-- CreateEnum
CREATE TYPE "LifePhase" AS ENUM ('CHILD', 'YOUTH', 'ADULT');

-- CreateEnum
CREATE TYPE "TransitionKind" AS ENUM ('KINDERGARTEN', 'PRIMARY_SCHOOL', 'UPPER_SECONDARY', 'ADULT_LIFE', 'OWN_HOME', 'WORK', 'OTHER');

-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('COMMENT', 'SUGGESTION', 'ANSWER');

-- AlterTable
ALTER TABLE "AccessLogEntry" ADD COLUMN     "denied" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "HistoryEntry" ADD COLUMN     "entityVersion" INTEGER,
ADD COLUMN     "planId" UUID;

-- AlterTable
ALTER TABLE "IndividualPlan" ADD COLUMN     "consentId" UUID,
ADD COLUMN     "decisionId" UUID,
ADD COLUMN     "dreams" TEXT,
ADD COLUMN     "situation" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "LifeAreaMapping" ADD COLUMN     "needs" TEXT,
ADD COLUMN     "services" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "ownContribution" TEXT,
ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "responsibleParticipantId" UUID,
ADD COLUMN     "sortOrder" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "startDate" DATE,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "SubPlan" ADD COLUMN     "note" TEXT,
ADD COLUMN     "ownerName" TEXT,
ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PlanParticipant" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "userId" UUID,
    "unitId" UUID,
    "organisation" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "contribution" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "PlanParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanChecklistItem" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "phase" "LifePhase" NOT NULL,
    "itemKey" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedById" UUID NOT NULL,

    CONSTRAINT "PlanChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTransition" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "TransitionKind" NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalComment" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "kind" "CommentKind" NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "GoalComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanParticipant_planId_idx" ON "PlanParticipant"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanChecklistItem_planId_itemKey_key" ON "PlanChecklistItem"("planId", "itemKey");

-- CreateIndex
CREATE INDEX "PlanTransition_planId_date_idx" ON "PlanTransition"("planId", "date");

-- CreateIndex
CREATE INDEX "GoalComment_goalId_createdAt_idx" ON "GoalComment"("goalId", "createdAt");

-- CreateIndex
CREATE INDEX "GoalComment_planId_answeredAt_idx" ON "GoalComment"("planId", "answeredAt");

-- CreateIndex
CREATE INDEX "HistoryEntry_planId_at_idx" ON "HistoryEntry"("planId", "at");

-- CreateIndex
CREATE INDEX "HistoryEntry_entityId_at_idx" ON "HistoryEntry"("entityId", "at");

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_responsibleParticipantId_fkey" FOREIGN KEY ("responsibleParticipantId") REFERENCES "PlanParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanParticipant" ADD CONSTRAINT "PlanParticipant_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanParticipant" ADD CONSTRAINT "PlanParticipant_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanParticipant" ADD CONSTRAINT "PlanParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanParticipant" ADD CONSTRAINT "PlanParticipant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanChecklistItem" ADD CONSTRAINT "PlanChecklistItem_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanChecklistItem" ADD CONSTRAINT "PlanChecklistItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanChecklistItem" ADD CONSTRAINT "PlanChecklistItem_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTransition" ADD CONSTRAINT "PlanTransition_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTransition" ADD CONSTRAINT "PlanTransition_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalComment" ADD CONSTRAINT "GoalComment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalComment" ADD CONSTRAINT "GoalComment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalComment" ADD CONSTRAINT "GoalComment_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalComment" ADD CONSTRAINT "GoalComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Written by hand
-- ---------------------------------------------------------------------------

-- A measure may be saved before anyone is responsible for it (the editor saves as the
-- coordinator types); the plan's legal-content check names such a measure instead.
ALTER TABLE "Measure" DROP CONSTRAINT "Measure_has_responsible";

-- A measure's goal and responsible participant belong to the measure's own plan.
CREATE FUNCTION "Measure_check_same_plan"() RETURNS trigger AS $$
BEGIN
  IF NEW."goalId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Goal" g WHERE g."id" = NEW."goalId" AND g."planId" = NEW."planId"
  ) THEN
    RAISE EXCEPTION 'Measure_goal_same_plan: the goal belongs to another plan' USING ERRCODE = '23514',
      CONSTRAINT = 'Measure_goal_same_plan';
  END IF;
  IF NEW."responsibleParticipantId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "PlanParticipant" p WHERE p."id" = NEW."responsibleParticipantId" AND p."planId" = NEW."planId"
  ) THEN
    RAISE EXCEPTION 'Measure_participant_same_plan: the participant belongs to another plan' USING ERRCODE = '23514',
      CONSTRAINT = 'Measure_participant_same_plan';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Measure_same_plan"
  BEFORE INSERT OR UPDATE OF "goalId", "responsibleParticipantId", "planId" ON "Measure"
  FOR EACH ROW EXECUTE FUNCTION "Measure_check_same_plan"();

-- A short-term goal serves a long-term goal of the same plan.
CREATE FUNCTION "Goal_check_parent"() RETURNS trigger AS $$
BEGIN
  IF NEW."parentGoalId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Goal" g WHERE g."id" = NEW."parentGoalId" AND g."planId" = NEW."planId" AND g."kind" = 'LONG_TERM'
  ) THEN
    RAISE EXCEPTION 'Goal_parent_long_term: a goal serves a long-term goal of the same plan' USING ERRCODE = '23514',
      CONSTRAINT = 'Goal_parent_long_term';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Goal_parent"
  BEFORE INSERT OR UPDATE OF "parentGoalId", "planId" ON "Goal"
  FOR EACH ROW EXECUTE FUNCTION "Goal_check_parent"();

-- Comments are kept as written: an answer is a comment of its own.
CREATE FUNCTION "GoalComment_keep_body"() RETURNS trigger AS $$
BEGIN
  IF NEW."body" IS DISTINCT FROM OLD."body" OR NEW."authorId" IS DISTINCT FROM OLD."authorId" OR NEW."goalId" IS DISTINCT FROM OLD."goalId" THEN
    RAISE EXCEPTION 'a comment is kept as written' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "GoalComment_no_rewrite"
  BEFORE UPDATE ON "GoalComment"
  FOR EACH ROW EXECUTE FUNCTION "GoalComment_keep_body"();

-- Every change to a plan is kept in the history; its row tells every API process (LISTEN
-- samhandling_plans) at commit, so open editors and readers of the plan update live.
CREATE FUNCTION "samhandling_notify_plan"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('samhandling_plans', json_build_object(
    'planId', NEW."planId", 'entity', NEW."entity", 'entityId', NEW."entityId",
    'action', NEW."action", 'version', NEW."entityVersion", 'actorId', NEW."actorId")::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "HistoryEntry_notify_plan"
  AFTER INSERT ON "HistoryEntry"
  FOR EACH ROW WHEN (NEW."planId" IS NOT NULL) EXECUTE FUNCTION "samhandling_notify_plan"();
