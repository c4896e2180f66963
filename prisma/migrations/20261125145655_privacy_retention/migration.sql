-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "careAnonymisedAt" TIMESTAMP(3),
ADD COLUMN     "legalHoldById" TEXT,
ADD COLUMN     "legalHoldReason" TEXT,
ADD COLUMN     "legalHoldSince" TIMESTAMP(3),
ALTER COLUMN "participantId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Complaint" ALTER COLUMN "participantId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "TimelineEntry" ADD COLUMN     "redacted" JSONB,
ADD COLUMN     "salts" JSONB;

-- CreateIndex
CREATE INDEX "Case_status_closedAt_idx" ON "Case"("status", "closedAt");
