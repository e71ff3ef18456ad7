// Sends the coordinators' digest of overdue stages, once per day whatever the retries.
import { daysToDeadline } from '../domain/deadlines';
import { renderOverdueDigest } from '../mail/overdueDigest';
import { mailPerLocale, sendMailBatch } from './mailOnce';
import type { ActivityDeps } from './index';

export function createOverdueDigestActivities({ db, mailer, publicUrl }: ActivityDeps) {
  return {
    /** `day` is the local date of the digest (YYYY-MM-DD); nothing is sent when none is late. */
    async sendOverdueDigest(input: { day: string; now: string }): Promise<{ stages: number; sent: boolean }> {
      const overdue = await db.stage.findMany({
        where: { overdue: true, status: { not: 'approved' } },
        include: { institution: true },
        orderBy: [{ institution: { code: 'asc' } }, { deadline: 'asc' }],
      });
      if (overdue.length === 0) return { stages: 0, sent: false };
      const coordinators = await db.user.findMany({ where: { role: 'coordinator', active: true }, select: { id: true, email: true, locale: true }, orderBy: { email: 'asc' } });
      const lines = overdue.map((s) => ({
        institutionCode: s.institution.code,
        institutionName: s.institution.name,
        stageName: s.name,
        deadline: s.deadline.toISOString(),
        daysLate: -daysToDeadline(s.deadline.toISOString(), Date.parse(input.now)),
      }));
      const sent = await sendMailBatch(
        db,
        mailer,
        mailPerLocale({
          people: coordinators,
          key: `digest:${input.day}`,
          link: `${publicUrl}/#/stages`,
          render: (locale) => renderOverdueDigest(lines, input.day, overdue[0]!.institution.timeZone, `${publicUrl}/#/stages`, locale),
        }),
      );
      return { stages: overdue.length, sent };
    },
  };
}
