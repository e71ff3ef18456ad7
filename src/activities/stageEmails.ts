// Mails the audience of a stage event, each person in their language, once per event.
import type { AudienceMember } from '../domain/audience';
import { renderStageEmail, type StageEmailKind } from '../mail/stageEmails';
import { mailOncePerLocale } from './mailOnce';
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
      const sent = await mailOncePerLocale(db, mailer, { people, key: input.idempotencyKey, render: (locale) => renderStageEmail(input.kind, context, locale) });
      return { sent, recipients: people.length };
    },
  };
}
