-- Proposed text changes on claims (suggesting mode): a checker proposes new words for a claim,
-- an editor accepts (the text changes as a new revision) or rejects. A proposal goes with its claim.
-- CreateEnum
CREATE TYPE "ProposalState" AS ENUM ('open', 'accepted', 'rejected');

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "replacement" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "state" "ProposalState" NOT NULL DEFAULT 'open',
    "proposedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Proposal_claimId_createdAt_idx" ON "Proposal"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_articleId_state_idx" ON "Proposal"("articleId", "state");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

