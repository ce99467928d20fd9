-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('off', 'immediate', 'daily');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailNotifications" "EmailFrequency" NOT NULL DEFAULT 'off',
ADD COLUMN     "lastDigestAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Notification_emailedAt_createdAt_idx" ON "Notification"("emailedAt", "createdAt");

