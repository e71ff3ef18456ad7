-- Mail delivery confirmation: a claim is confirmed once the SMTP server accepts the message, so a
-- claim a killed worker left unconfirmed is sent again instead of being lost. Mail claimed before
-- this change was sent in the same step: it counts as delivered.
-- AlterTable
ALTER TABLE "SentEmail" ADD COLUMN     "deliveredAt" TIMESTAMP(3);
UPDATE "SentEmail" SET "deliveredAt" = "sentAt";
