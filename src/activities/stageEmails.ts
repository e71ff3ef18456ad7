// Mails the audience of a stage event. The idempotency key is claimed before sending, so a
// retried activity never mails twice; a failed send releases the claim for the next attempt.
import type { AudienceMember } from '../domain/audience';
import { renderStageEmail, type StageEmailKind } from '../mail/stageEmails';
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
        select: { email: true },
        orderBy: { email: 'asc' },
      });
      if (people.length === 0) return { sent: false, recipients: 0 };
      const to = people.map((p) => p.email);
      const email = renderStageEmail(input.kind, {
        stageName: stage.name,
        institutionName: stage.institution.name,
        version: stage.version,
        deadline: stage.deadline.toISOString(),
        timeZone: stage.institution.timeZone,
        comment: input.comment,
        link: `${publicUrl}/#/stages/${stage.id}/show`,
      });
      const claim = await db.sentEmail.createMany({
        data: [{ idempotencyKey: input.idempotencyKey, recipients: to.join(', '), subject: email.subject }],
        skipDuplicates: true,
      });
      if (claim.count === 0) return { sent: false, recipients: to.length };
      try {
        await mailer.send({ to, ...email });
      } catch (err) {
        await db.sentEmail.delete({ where: { idempotencyKey: input.idempotencyKey } });
        throw err;
      }
      return { sent: true, recipients: to.length };
    },
  };
}
