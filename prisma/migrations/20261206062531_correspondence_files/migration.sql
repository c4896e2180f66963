-- CreateTable
CREATE TABLE "CorrespondenceFile" (
    "id" TEXT NOT NULL,
    "correspondenceId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "visibility" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrespondenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CorrespondenceFile_caseId_idx" ON "CorrespondenceFile"("caseId");

-- CreateIndex
CREATE INDEX "CorrespondenceFile_correspondenceId_idx" ON "CorrespondenceFile"("correspondenceId");

-- AddForeignKey
ALTER TABLE "CorrespondenceFile" ADD CONSTRAINT "CorrespondenceFile_correspondenceId_fkey" FOREIGN KEY ("correspondenceId") REFERENCES "Correspondence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
