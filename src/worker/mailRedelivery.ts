// The outbox's safety net: a mail written with its notifications but still undelivered after
// MAIL_REDELIVERY_SECONDS was left by an attempt that died and was never retried (after a crash
// the workflow went another way). Each worker sweeps now and then; a row is taken by one worker
// (SKIP LOCKED, and its sentAt moved on), sent from the body stored with it, marked delivered.
import type { Database } from '../db/prisma';
import type { Mailer } from '../mail/mailer';
import { deliverRow, storedMail } from '../activities/mailOnce';

/**
 * After this many refusals a mail is left as it is (lastError tells why). Each refusal doubles the
 * wait before the next try, up to 64 times the delay: with the default two minutes, about a day
 * and a half of an unreachable relay before giving up.
 */
export const maxDeliveryFailures = 20;
const perSweep = 100;

interface StaleMail {
  idempotencyKey: string;
  recipients: string;
  subject: string;
  text: string;
  html: string | null;
}

/** Takes the mails undelivered for `afterSeconds` and sends each; how many went and how many failed. */
export async function redeliverStaleMail(db: Database, mailer: Mailer, afterSeconds: number): Promise<{ delivered: number; failed: number }> {
  const stale = await db.$queryRaw<StaleMail[]>`
    UPDATE "SentEmail" SET "sentAt" = now()
    WHERE id IN (
      SELECT id FROM "SentEmail"
      WHERE "deliveredAt" IS NULL AND text IS NOT NULL AND failures < ${maxDeliveryFailures}
        AND "sentAt" < now() - make_interval(secs => ${afterSeconds} * power(2, LEAST(failures, 6)))
      ORDER BY "sentAt" LIMIT ${perSweep}
      FOR UPDATE SKIP LOCKED)
    RETURNING "idempotencyKey", recipients, subject, text, html`;
  let delivered = 0;
  let failed = 0;
  for (const mail of stale) {
    try {
      await deliverRow(db, mailer, storedMail(mail));
      delivered += 1;
    } catch (err) {
      failed += 1;
      console.error(`[ciclo] No se pudo reenviar el correo ${mail.idempotencyKey}: ${(err as Error).message}`);
    }
  }
  return { delivered, failed };
}

/** Sweeps every quarter of `afterSeconds` until stopped, one sweep at a time; a failed sweep is logged and the next tries again. */
export function startMailRedelivery(db: Database, mailer: Mailer, afterSeconds: number): { stop: () => Promise<void> } {
  let sweeping: Promise<void> | undefined;
  const sweep = () => {
    sweeping ??= redeliverStaleMail(db, mailer, afterSeconds)
      .then(
        ({ delivered }) => void (delivered && console.log(`[ciclo] ${delivered} correo(s) pendiente(s) reenviado(s)`)),
        (err: unknown) => console.error('[ciclo] Reenvío de correos pendientes:', err),
      )
      .finally(() => (sweeping = undefined));
  };
  const timer = setInterval(sweep, Math.max(1000, (afterSeconds * 1000) / 4));
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await sweeping;
    },
  };
}
