// The one way activities send mail, as an outbox: every person's copy in the notification centre
// and every mail (its key, recipients and body) written in one transaction, then each mail sent
// and marked delivered. A retried activity writes nothing twice and re-sends only what is still
// undelivered; a mail whose attempt died and was never retried (the workflow went another way
// after a crash) is re-sent by the worker's redelivery (src/worker/mailRedelivery.ts). So a person
// never has a notification without its mail.
import type { Prisma } from '../db/generated/client';
import type { Database } from '../db/prisma';
import type { Mailer } from '../mail/mailer';
import type { Locale } from '../mail/stageEmails';
import { withoutActionLinks } from '../mail/actionLinks';

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

export interface Recipient {
  id: string;
  email: string;
  locale: string;
}

/** The database, or a transaction on it. */
export type DatabaseOrTransaction = Database | Prisma.TransactionClient;

/** A mail as the outbox holds it. */
export interface OutgoingMail {
  key: string;
  to: string[];
  email: Rendered;
}

/** What one event writes: the people's copies and the mails that carry them. */
export interface MailBatch {
  notifications: Prisma.NotificationCreateManyInput[];
  mails: OutgoingMail[];
}

interface MailOnceOptions<P extends Recipient = Recipient> {
  people: P[];
  /** The event's idempotency key: each mail's key derives from it. */
  key: string;
  /** What the notification points to: the stage, and the console's address of it. */
  stageId?: string;
  link?: string;
}

const localeOf = (person: Recipient): Locale => (person.locale === 'en' ? 'en' : 'es');

const notificationsOf = (opts: MailOnceOptions, copies: { person: Recipient; email: Rendered }[], heldForDigest = false): Prisma.NotificationCreateManyInput[] =>
  copies.map(({ person, email }) => ({ userId: person.id, mailKey: opts.key, stageId: opts.stageId, subject: email.subject, text: withoutActionLinks(email.text), link: opts.link, heldForDigest }));

/** One message per language, to everyone who speaks it. */
export function mailPerLocale(opts: MailOnceOptions & { render: (locale: Locale) => Rendered }): MailBatch {
  const rendered = new Map<Locale, Rendered>();
  const renderIn = (locale: Locale): Rendered => {
    if (!rendered.has(locale)) rendered.set(locale, opts.render(locale));
    return rendered.get(locale)!;
  };
  const notifications = notificationsOf(
    opts,
    opts.people.map((person) => ({ person, email: renderIn(localeOf(person)) })),
  );
  const mails = (['es', 'en'] as Locale[]).flatMap((locale) => {
    const to = opts.people.filter((p) => localeOf(p) === locale).map((p) => p.email);
    // Spanish keeps the bare key, as before languages were told apart.
    return to.length ? [{ key: locale === 'es' ? opts.key : `${opts.key}:${locale}`, to, email: renderIn(locale) }] : [];
  });
  return { notifications, mails };
}

/** One message per person, for mails that carry something personal (their own action links). */
export function mailPerPerson<P extends Recipient>(opts: MailOnceOptions<P> & { render: (person: P, locale: Locale) => Rendered }): MailBatch {
  const copies = opts.people.map((person) => ({ person, email: opts.render(person, localeOf(person)) }));
  return { notifications: notificationsOf(opts, copies), mails: copies.map(({ person, email }) => ({ key: `${opts.key}:to:${person.id}`, to: [person.email], email })) };
}

/**
 * For people who take this kind of event in the daily digest: their copy in the notification
 * centre only, held until the digest mails it (src/activities/mailDigests.ts).
 */
export function heldForDigest(opts: MailOnceOptions & { render: (locale: Locale) => Rendered }): MailBatch {
  return {
    notifications: notificationsOf(
      opts,
      opts.people.map((person) => ({ person, email: opts.render(localeOf(person)) })),
      true,
    ),
    mails: [],
  };
}

/** Writes the batch; what a retry writes again (same person and event, same key) is skipped. */
export async function enqueueMail(tx: DatabaseOrTransaction, batch: MailBatch): Promise<void> {
  if (batch.notifications.length) await tx.notification.createMany({ data: batch.notifications, skipDuplicates: true });
  if (batch.mails.length) {
    await tx.sentEmail.createMany({
      data: batch.mails.map(({ key, to, email }) => ({ idempotencyKey: key, recipients: to.join(', '), subject: email.subject, text: email.text, html: email.html })),
      skipDuplicates: true,
    });
  }
}

/**
 * Sends each mail of the batch still undelivered, as the outbox holds it (a retry sends what the
 * first attempt wrote, to the people it notified). True when any went out now.
 */
export async function deliverMail(db: Database, mailer: Mailer, mails: OutgoingMail[]): Promise<boolean> {
  let sent = false;
  for (const mail of mails) {
    const row = await db.sentEmail.findUnique({ where: { idempotencyKey: mail.key } });
    if (!row || row.deliveredAt) continue;
    // Rows from before the outbox kept no body: the caller's, rendered the same way.
    const stored = storedMail({ ...row, text: row.text ?? '' });
    await deliverRow(db, mailer, row.text === null ? { ...stored, email: mail.email } : stored);
    sent = true;
  }
  return sent;
}

/** An outbox row as the mail it holds. */
export function storedMail(row: { idempotencyKey: string; recipients: string; subject: string; text: string; html: string | null }): OutgoingMail {
  return { key: row.idempotencyKey, to: row.recipients.split(', '), email: { subject: row.subject, text: row.text, html: row.html ?? '' } };
}

/**
 * Sends one outbox row and marks it delivered. A refusal is counted on the row and thrown (the
 * activity retries). If the server accepted it but the worker died before marking it, it is sent
 * again with the same Message-ID: at-least-once, as SMTP gives no way to ask whether it arrived.
 */
export async function deliverRow(db: Database, mailer: Mailer, mail: OutgoingMail): Promise<void> {
  try {
    await mailer.send({ to: mail.to, ...mail.email, idempotencyKey: mail.key });
  } catch (err) {
    await db.sentEmail.update({ where: { idempotencyKey: mail.key }, data: { failures: { increment: 1 }, lastError: String((err as Error)?.message ?? err).slice(0, 500) } });
    throw err;
  }
  await db.sentEmail.update({ where: { idempotencyKey: mail.key }, data: { deliveredAt: new Date() } });
}

/** Writes the batch in one transaction, then delivers it. */
export async function sendMailBatch(db: Database, mailer: Mailer, batch: MailBatch): Promise<boolean> {
  await db.$transaction((tx) => enqueueMail(tx, batch));
  return deliverMail(db, mailer, batch.mails);
}

/** One mail of its own, no notification (the daily digests). */
export function sendOnce(db: Database, mailer: Mailer, key: string, to: string[], email: Rendered): Promise<boolean> {
  return sendMailBatch(db, mailer, { notifications: [], mails: [{ key, to, email }] });
}
