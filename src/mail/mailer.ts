// The one SMTP transport: nodemailer to a relay, or to the loopback sink of the default run.
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface Mailer {
  /** With an idempotency key, every send of the same mail carries the same Message-ID and X-Ciclo-Idempotency-Key. */
  send(message: { to: string[]; subject: string; text: string; html: string; idempotencyKey?: string }): Promise<void>;
  verify(): Promise<void>;
  close(): void;
}

export const idempotencyHeader = 'X-Ciclo-Idempotency-Key';

/** The relay refused the address itself (a 5xx reply to RCPT TO): sending it again will not help. */
export class RecipientRefused extends Error {
  constructor(readonly addresses: string[]) {
    super(`El servidor de correo rechaza la dirección ${addresses.join(', ')}`);
  }
}

const refusedRecipients = (err: unknown): string[] => {
  const failure = err as { code?: string; responseCode?: number; rejected?: unknown };
  const rejected = Array.isArray(failure?.rejected) ? failure.rejected.map(String) : [];
  return failure?.code === 'EENVELOPE' && (failure.responseCode ?? 0) >= 500 ? rejected : [];
};

/** A Message-ID derived from the key: a mail sent again after a crash is the same message to its receivers. */
export function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'ciclo.local';
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}@${domain}>`;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  // Pooled: a stage action mails while its workflow task waits, and a connection per mail (TCP,
  // greeting, EHLO, QUIT) was most of that wait.
  const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 4 });
  return {
    async send({ idempotencyKey, ...message }) {
      const identity = idempotencyKey ? { messageId: messageIdFor(idempotencyKey, from), headers: { [idempotencyHeader]: idempotencyKey } } : {};
      try {
        await transport.sendMail({ from, ...message, ...identity });
      } catch (err) {
        const refused = refusedRecipients(err);
        throw refused.length ? new RecipientRefused(refused) : err;
      }
    },
    async verify() {
      await transport.verify();
    },
    close: () => transport.close(),
  };
}
