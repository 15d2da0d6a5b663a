-- A plan continued into a new period waits for the person's consent to that period before it
-- can be edited again (a new plan period needs new consent).
ALTER TABLE "IndividualPlan" ADD COLUMN "awaitingConsentSince" TIMESTAMP(3);
