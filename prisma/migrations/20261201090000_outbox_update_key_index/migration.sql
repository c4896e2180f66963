-- CreateIndex
CREATE INDEX "OutboxMessage_platform_updateKey_seq_idx" ON "OutboxMessage"("platform", "updateKey", "seq");
