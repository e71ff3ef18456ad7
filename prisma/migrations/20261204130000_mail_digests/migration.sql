-- Fewer, better mails: each person chooses, per kind of stage event, a daily digest instead of a
-- mail at once. A held notification waits for the digest; digestKey names the digest that sent it.
ALTER TABLE "User" ADD COLUMN "mailDigestKinds" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Notification" ADD COLUMN "heldForDigest" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Notification" ADD COLUMN "digestKey" TEXT;
CREATE INDEX "Notification_heldForDigest_digestKey_idx" ON "Notification"("heldForDigest", "digestKey");
