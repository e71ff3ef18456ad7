// The one way activities send mail: each message claimed by an idempotency key before it goes out
// (so a retried activity never sends it twice), the claim released if the SMTP server refuses it
// (so the next attempt does) and confirmed once the server accepts it. Every person also gets a
// copy in the notification centre.
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

interface MailOnceOptions<P extends Recipient = Recipient> {
  people: P[];
  /** The event's idempotency key: each mail's key derives from it. */
  key: string;
  /** What the notification points to: the stage, and the console's address of it. */
  stageId?: string;
  link?: string;
}

const localeOf = (person: Recipient): Locale => (person.locale === 'en' ? 'en' : 'es');

/** One message per language, to everyone who speaks it. */
export async function mailOncePerLocale(db: Database, mailer: Mailer, opts: MailOnceOptions & { render: (locale: Locale) => Rendered }): Promise<boolean> {
  const rendered = new Map<Locale, Rendered>();
  const renderIn = (locale: Locale): Rendered => {
    if (!rendered.has(locale)) rendered.set(locale, opts.render(locale));
    return rendered.get(locale)!;
  };
  await writeNotifications(db, opts, opts.people.map((person) => ({ person, email: renderIn(localeOf(person)) })));
  let sent = false;
  for (const locale of ['es', 'en'] as Locale[]) {
    const to = opts.people.filter((p) => localeOf(p) === locale).map((p) => p.email);
    if (to.length === 0) continue;
    // Spanish keeps the bare key, as before languages were told apart.
    const key = locale === 'es' ? opts.key : `${opts.key}:${locale}`;
    if (await sendOnce(db, mailer, key, to, renderIn(locale))) sent = true;
  }
  return sent;
}

/** One message per person, for mails that carry something personal (their own action links). */
export async function mailOncePerPerson<P extends Recipient>(db: Database, mailer: Mailer, opts: MailOnceOptions<P> & { render: (person: P, locale: Locale) => Rendered }): Promise<boolean> {
  const mails = opts.people.map((person) => ({ person, email: opts.render(person, localeOf(person)) }));
  await writeNotifications(db, opts, mails);
  let sent = false;
  for (const { person, email } of mails) {
    if (await sendOnce(db, mailer, `${opts.key}:to:${person.id}`, [person.email], email)) sent = true;
  }
  return sent;
}

/**
 * For people who take this kind of event in the daily digest: their copy in the notification
 * centre only, held until the digest mails it (src/activities/mailDigests.ts). Once per person
 * and event, as the mails are.
 */
export async function holdForDigest(db: Database, opts: MailOnceOptions & { render: (locale: Locale) => Rendered }): Promise<void> {
  await writeNotifications(
    db,
    opts,
    opts.people.map((person) => ({ person, email: opts.render(localeOf(person)) })),
    true,
  );
}

/**
 * Written before anything is claimed or sent, keyed by (person, event): a retry adds no copy,
 * and a mail the SMTP server refused still shows in the console.
 */
async function writeNotifications(db: Database, opts: MailOnceOptions, mails: { person: Recipient; email: Rendered }[], heldForDigest = false): Promise<void> {
  if (mails.length === 0) return;
  await db.notification.createMany({
    data: mails.map(({ person, email }) => ({ userId: person.id, mailKey: opts.key, stageId: opts.stageId, subject: email.subject, text: withoutActionLinks(email.text), link: opts.link, heldForDigest })),
    skipDuplicates: true,
  });
}

/**
 * Claims the key, sends, then confirms the delivery. A claim found unconfirmed was left by an
 * attempt that died while sending (a killed worker): it is sent again, with the same Message-ID,
 * so the mail is never lost; if the first send had reached the server, receivers see one message
 * twice (at-least-once: SMTP gives no way to ask whether it arrived).
 */
export async function sendOnce(db: Database, mailer: Mailer, key: string, to: string[], email: Rendered): Promise<boolean> {
  const claim = await db.sentEmail.createMany({ data: [{ idempotencyKey: key, recipients: to.join(', '), subject: email.subject }], skipDuplicates: true });
  if (claim.count === 0) {
    const earlier = await db.sentEmail.findUnique({ where: { idempotencyKey: key }, select: { deliveredAt: true } });
    if (earlier?.deliveredAt) return false;
    // Released meanwhile by an attempt the SMTP server refused: claim it afresh.
    if (!earlier) return sendOnce(db, mailer, key, to, email);
  }
  try {
    await mailer.send({ to, ...email, idempotencyKey: key });
  } catch (err) {
    await db.sentEmail.delete({ where: { idempotencyKey: key } });
    throw err;
  }
  await db.sentEmail.update({ where: { idempotencyKey: key }, data: { deliveredAt: new Date() } });
  return true;
}
