// Mails the audience of a stage event, each person in their language, once per event. Mails that
// ask for a decision go one per person, so each decider gets their own approve/return links.
import type { AudienceMember } from '../domain/audience';
import { awaitsDecisionBy } from '../domain/pendingApprovals';
import type { ApprovalStep, StageSnapshot } from '../domain/stageRules';
import { decisionLinks } from '../mail/actionLinks';
import { decisionKinds, renderStageEmail, type Locale, type StageEmailKind } from '../mail/stageEmails';
import { deliverMail, enqueueMail, heldForDigest, mailPerLocale, mailPerPerson, type DatabaseOrTransaction, type MailBatch } from './mailOnce';
import type { ActivityDeps } from './index';

export interface StageEmailInput {
  stageId: string;
  kind: StageEmailKind;
  idempotencyKey: string;
  audience: AudienceMember[];
  comment?: string;
}

/**
 * Reads who the event reaches and writes their notifications and mails to the outbox, in `tx`;
 * the caller delivers the batch once `tx` commits. `recorded` is the stage's state this event
 * leaves, when the same transaction is recording it (the row still holds the one before).
 */
export async function enqueueStageEmail(
  tx: DatabaseOrTransaction,
  { publicUrl, mailLinks }: Pick<ActivityDeps, 'publicUrl' | 'mailLinks'>,
  input: StageEmailInput,
  recorded?: { snapshot: StageSnapshot; deadline: string; approvalChain?: ApprovalStep[] },
): Promise<{ batch: MailBatch; recipients: number }> {
  const stage = await tx.stage.findUniqueOrThrow({ where: { id: input.stageId }, include: { institution: true } });
  const everyone = await tx.user.findMany({
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
    version: recorded?.snapshot.version ?? stage.version,
    deadline: recorded?.deadline ?? stage.deadline.toISOString(),
    timeZone: stage.institution.timeZone,
    comment: input.comment,
    link,
  };
  const mail = { people, key: input.idempotencyKey, stageId: stage.id, link };
  const render = (locale: Locale) => renderStageEmail(input.kind, context, locale);
  const held = digested.length ? heldForDigest({ ...mail, people: digested, render }).notifications : [];
  let batch: MailBatch;
  if (!decisionKinds.includes(input.kind)) batch = mailPerLocale({ ...mail, render });
  else {
    // The state this event leaves says who decides now; an escalation also reaches people who
    // do not (the planners of a draft), and they get no links.
    const pending = {
      ...stage,
      ...(recorded?.snapshot ?? {}),
      approvalChain: (recorded?.approvalChain ?? stage.approvalChain) as ApprovalStep[] | null,
    };
    const decides = (person: (typeof people)[number]) => awaitsDecisionBy(pending, { userId: person.id, role: person.role, institutionId: person.institutionId });
    batch = mailPerPerson({
      ...mail,
      render: (person, locale) => {
        const actions = decides(person) ? decisionLinks(publicUrl, mailLinks, person.id, pending) : undefined;
        return renderStageEmail(input.kind, { ...context, actions }, locale);
      },
    });
  }
  batch = { notifications: [...held, ...batch.notifications], mails: batch.mails };
  await enqueueMail(tx, batch);
  return { batch, recipients: people.length };
}

export function createStageEmailActivities(deps: ActivityDeps) {
  const { db, mailer } = deps;
  return {
    async sendStageEmail(input: StageEmailInput): Promise<{ sent: boolean; recipients: number }> {
      const { batch, recipients } = await db.$transaction((tx) => enqueueStageEmail(tx, deps, input));
      return { sent: await deliverMail(db, mailer, batch.mails), recipients };
    },
  };
}
