// Mails the audience of a stage event, each person in their language, once per event. Mails that
// ask for a decision go one per person, so each decider gets their own approve/return links.
import type { AudienceMember } from '../domain/audience';
import { awaitsDecisionBy } from '../domain/pendingApprovals';
import type { ApprovalStep } from '../domain/stageRules';
import { decisionLinks } from '../mail/actionLinks';
import { decisionKinds, renderStageEmail, type StageEmailKind } from '../mail/stageEmails';
import { holdForDigest, mailOncePerLocale, mailOncePerPerson } from './mailOnce';
import type { ActivityDeps } from './index';

export interface StageEmailInput {
  stageId: string;
  kind: StageEmailKind;
  idempotencyKey: string;
  audience: AudienceMember[];
  comment?: string;
}

export function createStageEmailActivities({ db, mailer, publicUrl, mailLinks }: ActivityDeps) {
  return {
    async sendStageEmail(input: StageEmailInput): Promise<{ sent: boolean; recipients: number }> {
      const stage = await db.stage.findUniqueOrThrow({ where: { id: input.stageId }, include: { institution: true } });
      const everyone = await db.user.findMany({
        where: {
          active: true,
          OR: input.audience.map((member) =>
            'userId' in member ? { id: member.userId } : { role: member.role, ...(member.institutionId ? { institutionId: member.institutionId } : {}) },
          ),
        },
        select: { id: true, email: true, locale: true, role: true, institutionId: true, mailDigestKinds: true },
        orderBy: { email: 'asc' },
      });
      // Who takes this kind of event in the daily digest: a copy held for it, no mail now.
      const digested = everyone.filter((person) => person.mailDigestKinds.includes(input.kind));
      const people = everyone.filter((person) => !person.mailDigestKinds.includes(input.kind));
      const link = `${publicUrl}/#/stages/${stage.id}/show`;
      const context = {
        stageName: stage.name,
        institutionName: stage.institution.name,
        version: stage.version,
        deadline: stage.deadline.toISOString(),
        timeZone: stage.institution.timeZone,
        comment: input.comment,
        link,
      };
      const mail = { people, key: input.idempotencyKey, stageId: stage.id, link };
      if (digested.length) await holdForDigest(db, { ...mail, people: digested, render: (locale) => renderStageEmail(input.kind, context, locale) });
      if (!decisionKinds.includes(input.kind)) {
        const sent = await mailOncePerLocale(db, mailer, { ...mail, render: (locale) => renderStageEmail(input.kind, context, locale) });
        return { sent, recipients: people.length };
      }
      // The state recorded just before this mail says who decides now; an escalation also reaches
      // people who do not (the planners of a draft), and they get no links.
      const pending = { ...stage, approvalChain: stage.approvalChain as ApprovalStep[] | null };
      const decides = (person: (typeof people)[number]) => awaitsDecisionBy(pending, { userId: person.id, role: person.role, institutionId: person.institutionId });
      const sent = await mailOncePerPerson(db, mailer, {
        ...mail,
        render: (person, locale) => {
          const actions = decides(person) ? decisionLinks(publicUrl, mailLinks, person.id, stage) : undefined;
          return renderStageEmail(input.kind, { ...context, actions }, locale);
        },
      });
      return { sent, recipients: people.length };
    },
  };
}
