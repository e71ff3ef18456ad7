// Mails the audience of a stage event, each person in their language (one message per
// language). The idempotency key is claimed before sending, so a retried activity never mails
// twice; a failed send releases the claim for the next attempt.
import type { AudienceMember } from '../domain/audience';
import { renderStageEmail, type Locale, type StageEmailKind } from '../mail/stageEmails';
import type { ActivityDeps } from './index';

export interface StageEmailInput {
  stageId: string;
  kind: StageEmailKind;
  idempotencyKey: string;
  audience: AudienceMember[];
  comment?: string;
}

export function createStageEmailActivities({ db, mailer, publicUrl }: ActivityDeps) {
  return {
    async sendStageEmail(input: StageEmailInput): Promise<{ sent: boolean; recipients: number }> {
      const stage = await db.stage.findUniqueOrThrow({ where: { id: input.stageId }, include: { institution: true } });
      const people = await db.user.findMany({
        where: {
          OR: input.audience.map((member) =>
            'userId' in member ? { id: member.userId } : { role: member.role, ...(member.institutionId ? { institutionId: member.institutionId } : {}) },
          ),
        },
        select: { email: true, locale: true },
        orderBy: { email: 'asc' },
      });
      const context = {
        stageName: stage.name,
        institutionName: stage.institution.name,
        version: stage.version,
        deadline: stage.deadline.toISOString(),
        timeZone: stage.institution.timeZone,
        comment: input.comment,
        link: `${publicUrl}/#/stages/${stage.id}/show`,
      };
      let sent = false;
      for (const locale of ['es', 'en'] as Locale[]) {
        const to = people.filter((p) => (p.locale === 'en' ? 'en' : 'es') === locale).map((p) => p.email);
        if (to.length === 0) continue;
        const email = renderStageEmail(input.kind, context, locale);
        const key = locale === 'es' ? input.idempotencyKey : `${input.idempotencyKey}:${locale}`;
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
      return { sent, recipients: people.length };
    },
  };
}
