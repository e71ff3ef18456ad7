// The daily digests of the notices people chose to take once a day (User.mailDigestKinds): each
// person gets one mail with every notice held for them, once per day whatever the retries.
import { renderMailDigest } from '../mail/mailDigest';
import { sendOnce } from './mailOnce';
import type { ActivityDeps } from './index';

export function createMailDigestActivities({ db, mailer, publicUrl }: ActivityDeps) {
  return {
    /** `day` is the digest's local date (YYYY-MM-DD): the notices held until now go in that day's digest. */
    async sendMailDigests({ day }: { day: string }): Promise<{ people: number; notices: number }> {
      const prefix = `maildigest:${day}:`;
      // The claim first: each waiting notice takes its person's key for the day, so a retry sends
      // the same digest (sendOnce keeps it to one mail) and a notice never goes in two.
      const waiting = await db.notification.findMany({ where: { heldForDigest: true, digestKey: null }, select: { userId: true }, distinct: ['userId'] });
      for (const { userId } of waiting) {
        await db.notification.updateMany({ where: { userId, heldForDigest: true, digestKey: null }, data: { digestKey: `${prefix}${userId}` } });
      }
      const claimed = await db.notification.findMany({
        where: { heldForDigest: true, digestKey: { startsWith: prefix } },
        select: { digestKey: true, subject: true, link: true, user: { select: { email: true, locale: true, active: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const byDigest = new Map<string, typeof claimed>();
      for (const notice of claimed) byDigest.set(notice.digestKey!, [...(byDigest.get(notice.digestKey!) ?? []), notice]);
      let people = 0;
      for (const [key, notices] of byDigest) {
        const person = notices[0]!.user;
        if (!person.active) continue;
        const locale = person.locale === 'en' ? 'en' : 'es';
        if (await sendOnce(db, mailer, key, [person.email], renderMailDigest(notices, day, `${publicUrl}/#/preferencias-de-correo`, locale))) people += 1;
      }
      return { people, notices: claimed.length };
    },
  };
}
