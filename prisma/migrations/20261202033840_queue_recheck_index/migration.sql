-- CreateIndex
CREATE INDEX "Claim_statusChangedById_needsRecheck_idx" ON "Claim"("statusChangedById", "needsRecheck");

