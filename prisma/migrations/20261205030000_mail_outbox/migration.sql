-- The mail outbox: the body kept with the claim, so a mail whose attempt died can be sent again.
ALTER TABLE "SentEmail" ADD COLUMN "text" TEXT,
ADD COLUMN "html" TEXT,
ADD COLUMN "failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "lastError" TEXT;

CREATE INDEX "SentEmail_deliveredAt_sentAt_idx" ON "SentEmail"("deliveredAt", "sentAt");
