-- Responsibility groups established on the person's wish, with members' units and anchoring;
-- meetings with chair, minute taker, late agenda reason, finalised minutes and calendar sequence;
-- participants' answers and single-item invitees; action items tied to goals; the mail outbox.
-- CreateEnum
CREATE TYPE "AttendanceAnswer" AS ENUM ('NO_ANSWER', 'ACCEPTED', 'TENTATIVE', 'DECLINED');

-- CreateEnum
CREATE TYPE "ToLeadersKind" AS ENUM ('STAFF_COMPLAINT', 'RESOURCE_ALLOCATION', 'MEASURE_TRAINING', 'AGENCY_DISAGREEMENT');

-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('INVITATION', 'UPDATE', 'CANCELLATION', 'AGENDA', 'MINUTES');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "doneById" UUID,
ADD COLUMN     "goalId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "description" TEXT,
ADD COLUMN     "fromActionItemId" UUID,
ADD COLUMN     "goalId" UUID,
ADD COLUMN     "measureId" UUID,
ADD COLUMN     "toLeadersKind" "ToLeadersKind";

-- AlterTable
ALTER TABLE "GroupMember" ADD COLUMN     "anchoredInOwnUnit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "externalEmail" TEXT,
ADD COLUMN     "organisation" TEXT,
ADD COLUMN     "unitId" UUID;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "agendaLateReason" TEXT,
ADD COLUMN     "agendaSentLate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "chairId" UUID,
ADD COLUMN     "icsSequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "minuteTakerId" UUID,
ADD COLUMN     "minutesFinalisedAt" TIMESTAMP(3),
ADD COLUMN     "minutesFinalisedById" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "videoLink" TEXT;

-- AlterTable
ALTER TABLE "MeetingAttendance" ADD COLUMN     "agendaItemId" UUID,
ADD COLUMN     "answer" "AttendanceAnswer" NOT NULL DEFAULT 'NO_ANSWER',
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "externalEmail" TEXT,
ALTER COLUMN "present" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "groupMeetingMinutes" INTEGER NOT NULL DEFAULT 90,
ADD COLUMN     "groupNeedReviewMonths" INTEGER NOT NULL DEFAULT 12;

-- AlterTable
ALTER TABLE "ResponsibilityGroup" ADD COLUMN     "compositionReviewedAt" DATE,
ADD COLUMN     "establishedById" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "wishNote" TEXT,
ADD COLUMN     "wishedByPerson" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "kind" "MailKind" NOT NULL,
    "meetingId" UUID,
    "personId" UUID,
    "createdById" UUID,
    "recipientUserId" UUID,
    "toAddress" TEXT NOT NULL,
    "toName" TEXT,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "ics" TEXT,
    "icsSequence" INTEGER,
    "messageId" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_messageId_key" ON "OutboxMail"("messageId");

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_idx" ON "OutboxMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMail_municipalityId_createdAt_idx" ON "OutboxMail"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_meetingId_idx" ON "OutboxMail"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_goalId_idx" ON "ActionItem"("goalId");

-- CreateIndex
CREATE INDEX "MeetingAttendance_userId_idx" ON "MeetingAttendance"("userId");

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_minuteTakerId_fkey" FOREIGN KEY ("minuteTakerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Groups established before this migration were established on the person's wish (the rule then too).
UPDATE "ResponsibilityGroup" SET "wishedByPerson" = true;

-- A sent mail has its time of sending.
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_sent_has_time" CHECK ("status" <> 'SENT' OR "sentAt" IS NOT NULL);
