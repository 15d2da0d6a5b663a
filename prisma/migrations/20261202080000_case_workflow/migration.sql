-- CreateEnum
CREATE TYPE "LetterChannel" AS ENUM ('POST', 'DIGITAL_MAILBOX', 'HANDED_OVER', 'EMAIL');

-- CreateEnum
CREATE TYPE "AssessmentProposal" AS ENUM ('COORDINATOR', 'INDIVIDUAL_PLAN', 'BOTH', 'CHILD_COORDINATOR', 'DENIAL');

-- CreateEnum
CREATE TYPE "AppealOutcome" AS ENUM ('UPHELD', 'REVERSED', 'SENT_TO_STATSFORVALTEREN');

-- AlterEnum
ALTER TYPE "ReferralStatus" ADD VALUE 'CLOSED';

-- DropIndex
DROP INDEX "Decision_referralId_key";

-- AlterTable
ALTER TABLE "CoordinatorAssignment" ADD COLUMN     "wishDeviationReason" TEXT;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "letterSentById" UUID,
ADD COLUMN     "letterSentVia" "LetterChannel",
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "appealDeadlineWeeks" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "appealSendTo" TEXT,
ADD COLUMN     "appealText" TEXT;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "consentDate" DATE,
ADD COLUMN     "consentHeardBy" TEXT,
ADD COLUMN     "isInpatient" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "plannedDischargeDate" DATE,
ADD COLUMN     "reporterCapacity" TEXT,
ADD COLUMN     "sourceUnitId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "wishedCoordinator" TEXT,
ADD COLUMN     "wishedUnitId" UUID;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "postalAddress" TEXT;

-- CreateTable
CREATE TABLE "ReferralService" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "service" TEXT NOT NULL,
    "provider" TEXT,

    CONSTRAINT "ReferralService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "longTermNeed" BOOLEAN,
    "longTermNeedNote" TEXT,
    "coordinatedServices" BOOLEAN,
    "coordinatedServicesNote" TEXT,
    "proposal" "AssessmentProposal",
    "assessedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "receivedAt" DATE NOT NULL,
    "appellant" TEXT NOT NULL,
    "grounds" TEXT,
    "outcome" "AppealOutcome",
    "outcomeDate" DATE,
    "outcomeNote" TEXT,
    "registeredById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentDelegation" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "note" TEXT,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignmentId" UUID,
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AppointmentDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JournalCounter" (
    "municipalityId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "JournalCounter_pkey" PRIMARY KEY ("municipalityId","year")
);

-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" BIGSERIAL NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "referralId" UUID,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" UUID NOT NULL,
    "actorRole" "Role" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "HistoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReferralService_referralId_position_key" ON "ReferralService"("referralId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_referralId_key" ON "Assessment"("referralId");

-- CreateIndex
CREATE INDEX "Appeal_decisionId_idx" ON "Appeal"("decisionId");

-- CreateIndex
CREATE INDEX "Appeal_personId_idx" ON "Appeal"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentDelegation_assignmentId_key" ON "AppointmentDelegation"("assignmentId");

-- CreateIndex
CREATE INDEX "AppointmentDelegation_unitId_completedAt_idx" ON "AppointmentDelegation"("unitId", "completedAt");

-- CreateIndex
CREATE INDEX "AppointmentDelegation_referralId_idx" ON "AppointmentDelegation"("referralId");

-- CreateIndex
CREATE INDEX "HistoryEntry_referralId_at_idx" ON "HistoryEntry"("referralId", "at");

-- CreateIndex
CREATE INDEX "HistoryEntry_personId_at_idx" ON "HistoryEntry"("personId", "at");

-- CreateIndex
CREATE INDEX "Decision_referralId_idx" ON "Decision"("referralId");

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_sourceUnitId_fkey" FOREIGN KEY ("sourceUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_wishedUnitId_fkey" FOREIGN KEY ("wishedUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_letterSentById_fkey" FOREIGN KEY ("letterSentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralService" ADD CONSTRAINT "ReferralService_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralService" ADD CONSTRAINT "ReferralService_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentDelegation" ADD CONSTRAINT "AppointmentDelegation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentDelegation" ADD CONSTRAINT "AppointmentDelegation_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentDelegation" ADD CONSTRAINT "AppointmentDelegation_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentDelegation" ADD CONSTRAINT "AppointmentDelegation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentDelegation" ADD CONSTRAINT "AppointmentDelegation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentDelegation" ADD CONSTRAINT "AppointmentDelegation_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentDelegation" ADD CONSTRAINT "AppointmentDelegation_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "CoordinatorAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalCounter" ADD CONSTRAINT "JournalCounter_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Invariants written by hand (docs/architecture.md, tested in lib/invariants.int.test.ts).

-- A referral has at most one decision in force; one replaced after an appeal is kept, superseded.
CREATE UNIQUE INDEX "Decision_one_in_force_per_referral" ON "Decision"("referralId") WHERE "supersededAt" IS NULL;

-- An appeal that has an outcome has its date.
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_outcome_dated" CHECK (("outcome" IS NULL) = ("outcomeDate" IS NULL));

-- A case's history is append-only.
CREATE FUNCTION "HistoryEntry_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the history is append-only' USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "HistoryEntry_no_change"
  BEFORE UPDATE OR DELETE ON "HistoryEntry"
  FOR EACH ROW EXECUTE FUNCTION "HistoryEntry_append_only"();
