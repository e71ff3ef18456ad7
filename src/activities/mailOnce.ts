// The one way activities send mail: grouped by each person's language, each message claimed by
// an idempotency key before it goes out (so a retried activity never sends it twice) and the
// claim released if the SMTP server refuses it (so the next attempt does).
import type { Database } from '../db/prisma';
import type { Mailer } from '../mail/mailer';
import type { Locale } from '../mail/stageEmails';

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

export async function mailOncePerLocale(
  db: Database,
  mailer: Mailer,
  opts: { people: { email: string; locale: string }[]; key: string; render: (locale: Locale) => Rendered },
): Promise<boolean> {
  let sent = false;
  for (const locale of ['es', 'en'] as Locale[]) {
    const to = opts.people.filter((p) => (p.locale === 'en' ? 'en' : 'es') === locale).map((p) => p.email);
    if (to.length === 0) continue;
    const email = opts.render(locale);
    // Spanish keeps the bare key, as before languages were told apart.
    const key = locale === 'es' ? opts.key : `${opts.key}:${locale}`;
    const claim = await db.sentEmail.createMany({ data: [{ idempotencyKey: key, recipients: to.join(', '), subject: email.subject }], skipDuplicates: true });
    if (claim.count === 0) continue;
    try {
      await mailer.send({ to, ...email });
    } catch (err) {
      await db.sentEmail.delete({ where: { idempotencyKey: key } });
      throw err;
    }
    sent = true;
  }
  return sent;
}
