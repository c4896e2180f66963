-- DropIndex
DROP INDEX "ChannelBinding_platform_kind_careProviderId_key";

-- AlterTable
-- Existing rows get a scope key from their care provider (and landlord, for shared channels).
ALTER TABLE "ChannelBinding" ADD COLUMN     "scopeKey" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "workspaceId" TEXT;
UPDATE "ChannelBinding" SET "scopeKey" = CASE WHEN "kind" = 'shared' THEN "careProviderId" || ':' || COALESCE("landlordId", '') ELSE "careProviderId" END;
ALTER TABLE "ChannelBinding" ALTER COLUMN "scopeKey" SET NOT NULL, ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "wronglyAttributed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
-- Existing deadlines plan their nudges from when they were created.
ALTER TABLE "Deadline" ADD COLUMN     "plannedFrom" TIMESTAMP(3);
UPDATE "Deadline" SET "plannedFrom" = "createdAt";
ALTER TABLE "Deadline" ALTER COLUMN "plannedFrom" SET NOT NULL;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "partnerOfId" TEXT;

-- CreateTable
CREATE TABLE "TeamsConversation" (
    "key" TEXT NOT NULL,
    "reference" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamsConversation_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChannelBinding_platform_kind_scopeKey_key" ON "ChannelBinding"("platform", "kind", "scopeKey");
