// The daily digests of the notices people chose to take once a day (User.mailDigestKinds): each
// person gets one mail with every notice held for them, once per day whatever the retries.
import { awaitsDecisionBy } from '../domain/pendingApprovals';
import type { ApprovalStep } from '../domain/stageRules';
import { decisionLinks } from '../mail/actionLinks';
import { renderMailDigest, type DigestItem } from '../mail/mailDigest';
import { sendOnce } from './mailOnce';
import type { ActivityDeps } from './index';

export function createMailDigestActivities({ db, mailer, publicUrl, mailLinks }: ActivityDeps) {
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
        select: { digestKey: true, subject: true, link: true, stageId: true, user: { select: { id: true, email: true, locale: true, active: true, role: true, institutionId: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const byDigest = new Map<string, typeof claimed>();
      for (const notice of claimed) byDigest.set(notice.digestKey!, [...(byDigest.get(notice.digestKey!) ?? []), notice]);
      // The stages as they stand when the digest goes: only those still awaiting the person get links.
      const stageIds = [...new Set(claimed.flatMap((n) => (n.stageId ? [n.stageId] : [])))];
      const stages = new Map(
        (await db.stage.findMany({ where: { id: { in: stageIds } }, select: { id: true, status: true, reviewLevel: true, approvalChain: true, version: true, institutionId: true } })).map((s) => [s.id, { ...s, approvalChain: s.approvalChain as ApprovalStep[] | null }]),
      );
      let people = 0;
      for (const [key, notices] of byDigest) {
        const person = notices[0]!.user;
        if (!person.active) continue;
        const locale = person.locale === 'en' ? 'en' : 'es';
        const decider = { userId: person.id, role: person.role, institutionId: person.institutionId };
        // A stage's links go with its latest notice only: one pair per decision.
        const linked = new Set<string>();
        const items: DigestItem[] = [...notices]
          .reverse()
          .map((notice) => {
            const stage = notice.stageId ? stages.get(notice.stageId) : undefined;
            if (!stage || linked.has(stage.id) || !awaitsDecisionBy(stage, decider)) return { subject: notice.subject, link: notice.link };
            linked.add(stage.id);
            return { subject: notice.subject, link: notice.link, actions: decisionLinks(publicUrl, mailLinks, person.id, stage) };
          })
          .reverse();
        if (await sendOnce(db, mailer, key, [person.email], renderMailDigest(items, day, `${publicUrl}/#/preferencias-de-correo`, locale))) people += 1;
      }
      return { people, notices: claimed.length };
    },
  };
}
