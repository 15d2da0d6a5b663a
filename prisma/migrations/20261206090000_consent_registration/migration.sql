-- AlterEnum
ALTER TYPE "ConsentScope" ADD VALUE 'REFERRAL';

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "consentExpiryNoticeDays" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "heardAt" TIMESTAMP(3),
ADD COLUMN     "heardById" UUID,
ADD COLUMN     "youngPersonAgrees" BOOLEAN,
ADD COLUMN     "youngPersonView" TEXT;

-- CreateTable
CREATE TABLE "ConsentDocument" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "consentId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsentDocument_consentId_key" ON "ConsentDocument"("consentId");

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_heardById_fkey" FOREIGN KEY ("heardById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentDocument" ADD CONSTRAINT "ConsentDocument_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentDocument" ADD CONSTRAINT "ConsentDocument_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentDocument" ADD CONSTRAINT "ConsentDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An oral consent registered before who heard it was recorded: heard by whoever registered it,
-- when it was given.
UPDATE "Consent" SET "heardById" = "registeredById", "heardAt" = "givenAt"
  WHERE "form" = 'ORAL' AND "heardAt" IS NULL;

-- A consent's period runs forwards; only an oral consent has someone who heard it.
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_period_ordered"
  CHECK ("periodEnd" IS NULL OR "periodStart" IS NULL OR "periodEnd" >= "periodStart");
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_heard_only_oral"
  CHECK ("form" = 'ORAL' OR ("heardById" IS NULL AND "heardAt" IS NULL));

-- The stored file is one of the accepted types, at most 10 MB, and its size is the content's.
ALTER TABLE "ConsentDocument" ADD CONSTRAINT "ConsentDocument_media_type"
  CHECK ("mediaType" IN ('application/pdf', 'image/png', 'image/jpeg'));
ALTER TABLE "ConsentDocument" ADD CONSTRAINT "ConsentDocument_size"
  CHECK ("byteSize" = octet_length("content") AND "byteSize" BETWEEN 1 AND 10485760);
