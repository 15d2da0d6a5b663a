
-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('COORDINATING_UNIT', 'HOME_CARE', 'NURSING_HOME', 'MENTAL_HEALTH', 'CHILD_HEALTH', 'SCHOOL', 'KINDERGARTEN', 'CHILD_WELFARE', 'NAV', 'DISABILITY_SERVICES', 'PHYSIOTHERAPY', 'GP', 'HOSPITAL', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SYSTEM_COORDINATOR', 'UNIT_LEADER', 'COORDINATOR', 'SERVICE_PROVIDER', 'CITIZEN');

-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('STAFF', 'CITIZEN');

-- CreateEnum
CREATE TYPE "EmployerKind" AS ENUM ('MUNICIPALITY', 'GP', 'HOSPITAL', 'OTHER');

-- CreateEnum
CREATE TYPE "RelationKind" AS ENUM ('PARENT', 'GUARDIAN', 'SPOUSE', 'CHILD', 'SIBLING', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralSourceKind" AS ENUM ('PERSON', 'RELATIVE', 'MUNICIPAL_PROVIDER', 'GP', 'HOSPITAL', 'OTHER');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('ORAL', 'WRITTEN', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "ConsentForm" AS ENUM ('ORAL', 'WRITTEN');

-- CreateEnum
CREATE TYPE "RequestedService" AS ENUM ('COORDINATOR', 'INDIVIDUAL_PLAN', 'BOTH');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('RECEIVED', 'IN_ASSESSMENT', 'DECIDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('GRANTED', 'DENIED');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "LifeArea" AS ENUM ('HEALTH', 'EDUCATION', 'HOUSING', 'TRANSPORT', 'LEISURE', 'ECONOMY', 'WORK', 'FAMILY_NETWORK', 'OTHER');

-- CreateEnum
CREATE TYPE "GoalKind" AS ENUM ('LONG_TERM', 'SHORT_TERM');

-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'REACHED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('PLANNED', 'ONGOING', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SubPlanKind" AS ENUM ('IOP', 'RELAY_LOG', 'REHABILITATION_PLAN', 'MEASURE_PLAN', 'CRISIS_PLAN', 'TREATMENT_PLAN', 'OTHER');

-- CreateEnum
CREATE TYPE "GroupStatus" AS ENUM ('ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('STARTUP', 'COOPERATION', 'COORDINATION', 'RESPONSIBILITY_GROUP', 'EVALUATION');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('INDIVIDUAL_PLAN', 'RESPONSIBILITY_GROUP', 'INFORMATION_EXCHANGE');

-- CreateEnum
CREATE TYPE "RestrictionKind" AS ENUM ('MATTER', 'PROFESSIONAL_ENVIRONMENT');

-- CreateEnum
CREATE TYPE "ChangeFormKind" AS ENUM ('DECLINED_COORDINATOR', 'DECLINED_INDIVIDUAL_PLAN', 'CHANGE_OF_COORDINATOR', 'CLOSING_INDIVIDUAL_PLAN', 'CLOSING_COORDINATOR', 'CLOSING_RESPONSIBILITY_GROUP');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "agendaNoticeDays" INTEGER NOT NULL DEFAULT 14,
    "trainingOfferMonths" INTEGER NOT NULL DEFAULT 6,
    "meetingReportDueMonthDay" TEXT NOT NULL DEFAULT '11-15',
    "defaultPlanPeriodMonths" INTEGER NOT NULL DEFAULT 12,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceArea" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "ServiceArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "serviceAreaId" UUID,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "leaderId" UUID,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "oidcSubject" TEXT,
    "kind" "UserKind" NOT NULL,
    "roles" "Role"[],
    "name" TEXT NOT NULL,
    "title" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "employer" "EmployerKind",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "personId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUnit" (
    "municipalityId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "StaffUnit_pkey" PRIMARY KEY ("userId","unitId")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "nationalId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" DATE,
    "expectedBirthDate" DATE,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "preferredLanguage" TEXT NOT NULL DEFAULT 'nb',
    "needsInterpreter" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relative" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relation" "RelationKind" NOT NULL,
    "isGuardian" BOOLEAN NOT NULL DEFAULT false,
    "phone" TEXT,
    "email" TEXT,
    "userId" UUID,

    CONSTRAINT "Relative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "sourceKind" "ReferralSourceKind" NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sourceOrganisation" TEXT,
    "channel" "Channel" NOT NULL,
    "requested" "RequestedService" NOT NULL,
    "needDescription" TEXT NOT NULL,
    "consentToRefer" BOOLEAN NOT NULL,
    "consentForm" "ConsentForm",
    "homeVisitPlanned" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "journalNumber" TEXT,
    "status" "ReferralStatus" NOT NULL DEFAULT 'RECEIVED',
    "registeredById" UUID,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "grantsCoordinator" BOOLEAN NOT NULL DEFAULT false,
    "grantsIndividualPlan" BOOLEAN NOT NULL DEFAULT false,
    "grantsChildCoordinator" BOOLEAN NOT NULL DEFAULT false,
    "longTermNeed" BOOLEAN NOT NULL,
    "coordinatedServices" BOOLEAN NOT NULL,
    "reasons" TEXT,
    "appealInformation" TEXT,
    "decidedById" UUID NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "letterSentAt" TIMESTAMP(3),
    "appealDeadline" DATE,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoordinatorAssignment" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "coordinatorId" UUID NOT NULL,
    "unitId" UUID,
    "decisionId" UUID,
    "isChildCoordinator" BOOLEAN NOT NULL DEFAULT false,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "endReason" TEXT,
    "personWish" TEXT,
    "wishFollowed" BOOLEAN,
    "appointedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoordinatorAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndividualPlan" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "periodStart" DATE,
    "periodEnd" DATE,
    "nextRevisionDate" DATE,
    "whatIsImportant" TEXT,
    "resources" TEXT,
    "needs" TEXT,
    "ownContribution" TEXT,
    "networkContribution" TEXT,
    "cooperationNeeds" TEXT,
    "languageAndCulture" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "closedReason" TEXT,

    CONSTRAINT "IndividualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LifeAreaMapping" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "area" "LifeArea" NOT NULL,
    "situation" TEXT,
    "resources" TEXT,
    "wishes" TEXT,

    CONSTRAINT "LifeAreaMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "GoalKind" NOT NULL,
    "lifeArea" "LifeArea",
    "description" TEXT NOT NULL,
    "status" "GoalStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "targetDate" DATE,
    "parentGoalId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "goalId" UUID,
    "description" TEXT NOT NULL,
    "scope" TEXT,
    "howCarriedOut" TEXT,
    "responsibleUserId" UUID,
    "responsibleUnitId" UUID,
    "responsibleText" TEXT,
    "dueDate" DATE,
    "status" "MeasureStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "scheduledFor" DATE NOT NULL,
    "heldAt" TIMESTAMP(3),
    "goalsReached" TEXT,
    "servicesWork" TEXT,
    "wayOfWorking" TEXT,
    "ownerExperience" TEXT,
    "conclusion" TEXT,
    "evaluatedById" UUID,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubPlan" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "SubPlanKind" NOT NULL,
    "title" TEXT NOT NULL,
    "ownerUnitId" UUID,
    "externalReference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsibilityGroup" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "planId" UUID,
    "consentId" UUID NOT NULL,
    "status" "GroupStatus" NOT NULL DEFAULT 'ACTIVE',
    "establishedAt" DATE NOT NULL,
    "closedAt" TIMESTAMP(3),
    "lastNeedReview" DATE,

    CONSTRAINT "ResponsibilityGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "userId" UUID,
    "relativeId" UUID,
    "isPerson" BOOLEAN NOT NULL DEFAULT false,
    "externalName" TEXT,
    "roleInGroup" TEXT,
    "joinedAt" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" DATE,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "groupId" UUID,
    "planId" UUID,
    "type" "MeetingType" NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 90,
    "location" TEXT,
    "agendaSetWithPerson" BOOLEAN NOT NULL DEFAULT false,
    "agendaSentAt" TIMESTAMP(3),
    "previousMinutesApproved" BOOLEAN,
    "minutesWrittenAt" TIMESTAMP(3),
    "nextMeetingAt" TIMESTAMP(3),
    "nextMeetingTopic" TEXT,
    "distribution" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "minutes" TEXT,
    "conclusion" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "userId" UUID,
    "relativeId" UUID,
    "isPerson" BOOLEAN NOT NULL DEFAULT false,
    "externalName" TEXT,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID,
    "description" TEXT NOT NULL,
    "responsibleUserId" UUID,
    "responsibleText" TEXT,
    "dueDate" DATE,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "scope" "ConsentScope" NOT NULL,
    "form" "ConsentForm" NOT NULL,
    "givenByRelativeId" UUID,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "periodStart" DATE,
    "periodEnd" DATE,
    "informedOfComposition" BOOLEAN NOT NULL DEFAULT false,
    "informedOfWayOfWorking" BOOLEAN NOT NULL DEFAULT false,
    "informedOfInformationExchange" BOOLEAN NOT NULL DEFAULT false,
    "documentReference" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnNote" TEXT,
    "registeredById" UUID,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRestriction" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "consentId" UUID NOT NULL,
    "kind" "RestrictionKind" NOT NULL,
    "description" TEXT NOT NULL,
    "unitId" UUID,
    "lifeArea" "LifeArea",

    CONSTRAINT "ConsentRestriction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeForm" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" "ChangeFormKind" NOT NULL,
    "reason" TEXT,
    "effectiveDate" DATE NOT NULL,
    "fromAssignmentId" UUID,
    "toAssignmentId" UUID,
    "planId" UUID,
    "groupId" UUID,
    "submittedById" UUID,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registeredAt" TIMESTAMP(3),
    "registeredById" UUID,

    CONSTRAINT "ChangeForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetenceRecord" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "coordinatorId" UUID,
    "trainingNeed" TEXT NOT NULL,
    "notifiedAt" DATE NOT NULL,
    "trainingGivenAt" DATE,
    "registeredById" UUID,

    CONSTRAINT "CompetenceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLogEntry" (
    "id" BIGSERIAL NOT NULL,
    "municipalityId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "actorRole" "Role" NOT NULL,
    "personId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "activeRole" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_number_key" ON "Municipality"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceArea_municipalityId_name_key" ON "ServiceArea"("municipalityId", "name");

-- CreateIndex
CREATE INDEX "Unit_municipalityId_idx" ON "Unit"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_municipalityId_name_key" ON "Unit"("municipalityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE INDEX "User_municipalityId_idx" ON "User"("municipalityId");

-- CreateIndex
CREATE INDEX "StaffUnit_unitId_idx" ON "StaffUnit"("unitId");

-- CreateIndex
CREATE INDEX "Person_municipalityId_lastName_idx" ON "Person"("municipalityId", "lastName");

-- CreateIndex
CREATE UNIQUE INDEX "Person_municipalityId_nationalId_key" ON "Person"("municipalityId", "nationalId");

-- CreateIndex
CREATE INDEX "Relative_personId_idx" ON "Relative"("personId");

-- CreateIndex
CREATE INDEX "Relative_userId_idx" ON "Relative"("userId");

-- CreateIndex
CREATE INDEX "Referral_municipalityId_status_idx" ON "Referral"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Referral_personId_idx" ON "Referral"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_municipalityId_journalNumber_key" ON "Referral"("municipalityId", "journalNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_referralId_key" ON "Decision"("referralId");

-- CreateIndex
CREATE INDEX "Decision_municipalityId_decidedAt_idx" ON "Decision"("municipalityId", "decidedAt");

-- CreateIndex
CREATE INDEX "Decision_personId_idx" ON "Decision"("personId");

-- CreateIndex
CREATE INDEX "CoordinatorAssignment_municipalityId_coordinatorId_idx" ON "CoordinatorAssignment"("municipalityId", "coordinatorId");

-- CreateIndex
CREATE INDEX "CoordinatorAssignment_personId_idx" ON "CoordinatorAssignment"("personId");

-- CreateIndex
CREATE INDEX "IndividualPlan_municipalityId_status_idx" ON "IndividualPlan"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "IndividualPlan_personId_idx" ON "IndividualPlan"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "LifeAreaMapping_planId_area_key" ON "LifeAreaMapping"("planId", "area");

-- CreateIndex
CREATE INDEX "Goal_planId_idx" ON "Goal"("planId");

-- CreateIndex
CREATE INDEX "Measure_planId_idx" ON "Measure"("planId");

-- CreateIndex
CREATE INDEX "Measure_responsibleUserId_idx" ON "Measure"("responsibleUserId");

-- CreateIndex
CREATE INDEX "Evaluation_planId_idx" ON "Evaluation"("planId");

-- CreateIndex
CREATE INDEX "SubPlan_planId_idx" ON "SubPlan"("planId");

-- CreateIndex
CREATE INDEX "ResponsibilityGroup_municipalityId_status_idx" ON "ResponsibilityGroup"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "ResponsibilityGroup_personId_idx" ON "ResponsibilityGroup"("personId");

-- CreateIndex
CREATE INDEX "GroupMember_groupId_idx" ON "GroupMember"("groupId");

-- CreateIndex
CREATE INDEX "GroupMember_userId_idx" ON "GroupMember"("userId");

-- CreateIndex
CREATE INDEX "Meeting_municipalityId_startsAt_idx" ON "Meeting"("municipalityId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_personId_idx" ON "Meeting"("personId");

-- CreateIndex
CREATE INDEX "Meeting_groupId_idx" ON "Meeting"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingAttendance_meetingId_idx" ON "MeetingAttendance"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_idx" ON "ActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_responsibleUserId_idx" ON "ActionItem"("responsibleUserId");

-- CreateIndex
CREATE INDEX "Consent_personId_idx" ON "Consent"("personId");

-- CreateIndex
CREATE INDEX "Consent_municipalityId_scope_idx" ON "Consent"("municipalityId", "scope");

-- CreateIndex
CREATE INDEX "ConsentRestriction_consentId_idx" ON "ConsentRestriction"("consentId");

-- CreateIndex
CREATE INDEX "ChangeForm_municipalityId_kind_idx" ON "ChangeForm"("municipalityId", "kind");

-- CreateIndex
CREATE INDEX "ChangeForm_personId_idx" ON "ChangeForm"("personId");

-- CreateIndex
CREATE INDEX "CompetenceRecord_municipalityId_unitId_idx" ON "CompetenceRecord"("municipalityId", "unitId");

-- CreateIndex
CREATE INDEX "AccessLogEntry_personId_at_idx" ON "AccessLogEntry"("personId", "at");

-- CreateIndex
CREATE INDEX "AccessLogEntry_municipalityId_at_idx" ON "AccessLogEntry"("municipalityId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- AddForeignKey
ALTER TABLE "ServiceArea" ADD CONSTRAINT "ServiceArea_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_serviceAreaId_fkey" FOREIGN KEY ("serviceAreaId") REFERENCES "ServiceArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUnit" ADD CONSTRAINT "StaffUnit_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUnit" ADD CONSTRAINT "StaffUnit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUnit" ADD CONSTRAINT "StaffUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relative" ADD CONSTRAINT "Relative_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relative" ADD CONSTRAINT "Relative_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relative" ADD CONSTRAINT "Relative_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAssignment" ADD CONSTRAINT "CoordinatorAssignment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAssignment" ADD CONSTRAINT "CoordinatorAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAssignment" ADD CONSTRAINT "CoordinatorAssignment_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAssignment" ADD CONSTRAINT "CoordinatorAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAssignment" ADD CONSTRAINT "CoordinatorAssignment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinatorAssignment" ADD CONSTRAINT "CoordinatorAssignment_appointedById_fkey" FOREIGN KEY ("appointedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LifeAreaMapping" ADD CONSTRAINT "LifeAreaMapping_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LifeAreaMapping" ADD CONSTRAINT "LifeAreaMapping_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_parentGoalId_fkey" FOREIGN KEY ("parentGoalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_evaluatedById_fkey" FOREIGN KEY ("evaluatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubPlan" ADD CONSTRAINT "SubPlan_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubPlan" ADD CONSTRAINT "SubPlan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubPlan" ADD CONSTRAINT "SubPlan_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityGroup" ADD CONSTRAINT "ResponsibilityGroup_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityGroup" ADD CONSTRAINT "ResponsibilityGroup_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityGroup" ADD CONSTRAINT "ResponsibilityGroup_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityGroup" ADD CONSTRAINT "ResponsibilityGroup_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ResponsibilityGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_relativeId_fkey" FOREIGN KEY ("relativeId") REFERENCES "Relative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ResponsibilityGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_relativeId_fkey" FOREIGN KEY ("relativeId") REFERENCES "Relative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_givenByRelativeId_fkey" FOREIGN KEY ("givenByRelativeId") REFERENCES "Relative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRestriction" ADD CONSTRAINT "ConsentRestriction_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRestriction" ADD CONSTRAINT "ConsentRestriction_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRestriction" ADD CONSTRAINT "ConsentRestriction_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeForm" ADD CONSTRAINT "ChangeForm_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeForm" ADD CONSTRAINT "ChangeForm_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeForm" ADD CONSTRAINT "ChangeForm_fromAssignmentId_fkey" FOREIGN KEY ("fromAssignmentId") REFERENCES "CoordinatorAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeForm" ADD CONSTRAINT "ChangeForm_toAssignmentId_fkey" FOREIGN KEY ("toAssignmentId") REFERENCES "CoordinatorAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeForm" ADD CONSTRAINT "ChangeForm_planId_fkey" FOREIGN KEY ("planId") REFERENCES "IndividualPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeForm" ADD CONSTRAINT "ChangeForm_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ResponsibilityGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeForm" ADD CONSTRAINT "ChangeForm_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeForm" ADD CONSTRAINT "ChangeForm_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceRecord" ADD CONSTRAINT "CompetenceRecord_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceRecord" ADD CONSTRAINT "CompetenceRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceRecord" ADD CONSTRAINT "CompetenceRecord_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetenceRecord" ADD CONSTRAINT "CompetenceRecord_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessLogEntry" ADD CONSTRAINT "AccessLogEntry_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessLogEntry" ADD CONSTRAINT "AccessLogEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessLogEntry" ADD CONSTRAINT "AccessLogEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Domain invariants the database can hold (written by hand; Prisma cannot express them)
-- ---------------------------------------------------------------------------

-- One person has at most one individual plan that is not closed.
CREATE UNIQUE INDEX "IndividualPlan_one_open_plan_per_person"
  ON "IndividualPlan"("personId") WHERE "status" <> 'CLOSED';

-- One active responsibility group per person.
CREATE UNIQUE INDEX "ResponsibilityGroup_one_active_per_person"
  ON "ResponsibilityGroup"("personId") WHERE "status" = 'ACTIVE';

-- A person has a date of birth or, before birth, an expected birth date.
ALTER TABLE "Person" ADD CONSTRAINT "Person_birth_known"
  CHECK ("dateOfBirth" IS NOT NULL OR "expectedBirthDate" IS NOT NULL);

-- Staff users hold staff roles only; a citizen user holds exactly CITIZEN.
ALTER TABLE "User" ADD CONSTRAINT "User_roles_match_kind"
  CHECK (
    ("kind" = 'CITIZEN' AND "roles" = ARRAY['CITIZEN']::"Role"[])
    OR ("kind" = 'STAFF' AND cardinality("roles") >= 1 AND NOT ('CITIZEN' = ANY("roles")))
  );

-- A referral with consent records how the consent was given.
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_consent_form_recorded"
  CHECK (NOT "consentToRefer" OR "consentForm" IS NOT NULL);

-- A grant gives something; a denial gives nothing and carries reasons and appeal information.
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_outcome_consistent"
  CHECK (
    ("outcome" = 'GRANTED'
      AND ("grantsCoordinator" OR "grantsIndividualPlan" OR "grantsChildCoordinator"))
    OR ("outcome" = 'DENIED'
      AND NOT ("grantsCoordinator" OR "grantsIndividualPlan" OR "grantsChildCoordinator")
      AND length(btrim(coalesce("reasons", ''))) > 0
      AND length(btrim(coalesce("appealInformation", ''))) > 0)
  );

ALTER TABLE "CoordinatorAssignment" ADD CONSTRAINT "CoordinatorAssignment_dates_ordered"
  CHECK ("endDate" IS NULL OR "endDate" >= "startDate");

ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_period_ordered"
  CHECK ("periodEnd" IS NULL OR "periodStart" IS NULL OR "periodEnd" >= "periodStart");
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_active_has_period"
  CHECK ("status" <> 'ACTIVE' OR "periodStart" IS NOT NULL);
ALTER TABLE "IndividualPlan" ADD CONSTRAINT "IndividualPlan_closed_has_date"
  CHECK (("status" = 'CLOSED') = ("closedAt" IS NOT NULL));

-- A measure names who is responsible: a user, a unit, or someone named in text.
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_has_responsible"
  CHECK ("responsibleUserId" IS NOT NULL OR "responsibleUnitId" IS NOT NULL
         OR length(btrim(coalesce("responsibleText", ''))) > 0);

-- A group member and a meeting participant is exactly one kind of participant.
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_one_kind"
  CHECK (("userId" IS NOT NULL)::int + ("relativeId" IS NOT NULL)::int
         + "isPerson"::int + ("externalName" IS NOT NULL)::int = 1);
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_one_kind"
  CHECK (("userId" IS NOT NULL)::int + ("relativeId" IS NOT NULL)::int
         + "isPerson"::int + ("externalName" IS NOT NULL)::int = 1);

ALTER TABLE "Consent" ADD CONSTRAINT "Consent_withdrawn_after_given"
  CHECK ("withdrawnAt" IS NULL OR "withdrawnAt" >= "givenAt");

ALTER TABLE "ConsentRestriction" ADD CONSTRAINT "ConsentRestriction_environment_names_unit"
  CHECK ("kind" <> 'PROFESSIONAL_ENVIRONMENT' OR "unitId" IS NOT NULL);

ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_duration_positive"
  CHECK ("durationMinutes" > 0);

ALTER TABLE "CompetenceRecord" ADD CONSTRAINT "CompetenceRecord_training_after_notice"
  CHECK ("trainingGivenAt" IS NULL OR "trainingGivenAt" >= "notifiedAt");

-- A responsibility group needs an active coordinator for the person and written, unwithdrawn
-- consent to a responsibility group, given after the person was told the group's composition,
-- way of working and exchange of confidential information.
CREATE FUNCTION "ResponsibilityGroup_check_prerequisites"() RETURNS trigger AS $$
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
    WHERE a."personId" = NEW."personId" AND a."startDate" <= CURRENT_DATE
      AND (a."endDate" IS NULL OR a."endDate" >= CURRENT_DATE)
  ) THEN
    RAISE EXCEPTION 'ResponsibilityGroup_active_coordinator: responsibility group requires an active coordinator' USING ERRCODE = '23514',
      CONSTRAINT = 'ResponsibilityGroup_active_coordinator';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ResponsibilityGroup_prerequisites"
  BEFORE INSERT OR UPDATE OF "status", "consentId" ON "ResponsibilityGroup"
  FOR EACH ROW EXECUTE FUNCTION "ResponsibilityGroup_check_prerequisites"();

-- An individual plan that is not closed needs an active coordinator for the person.
CREATE FUNCTION "IndividualPlan_check_coordinator"() RETURNS trigger AS $$
BEGIN
  IF NEW."status" = 'CLOSED' THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "CoordinatorAssignment" a
    WHERE a."personId" = NEW."personId" AND a."startDate" <= CURRENT_DATE
      AND (a."endDate" IS NULL OR a."endDate" >= CURRENT_DATE)
  ) THEN
    RAISE EXCEPTION 'IndividualPlan_active_coordinator: individual plan requires an active coordinator' USING ERRCODE = '23514',
      CONSTRAINT = 'IndividualPlan_active_coordinator';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "IndividualPlan_coordinator"
  BEFORE INSERT OR UPDATE OF "status" ON "IndividualPlan"
  FOR EACH ROW EXECUTE FUNCTION "IndividualPlan_check_coordinator"();

-- The access log is append-only.
CREATE FUNCTION "AccessLogEntry_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only' USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AccessLogEntry_no_change"
  BEFORE UPDATE OR DELETE ON "AccessLogEntry"
  FOR EACH ROW EXECUTE FUNCTION "AccessLogEntry_append_only"();
