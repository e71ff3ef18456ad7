// Writes a stage's new state and its audit line together; a retried call writes once.
import type { Actor } from '../domain/actor';
import type { Prisma } from '../db/generated/client';
import type { StageEvent } from '../domain/stageEvent';
import type { ApprovalStep, StageSnapshot } from '../domain/stageRules';
import type { ActivityDeps } from './index';

export interface StageEventInput {
  stageId: string;
  eventKey: string;
  action: StageEvent;
  snapshot: StageSnapshot;
  deadline: string;
  version: number;
  at: string;
  actor?: Actor;
  comment?: string;
  reasonCode?: string;
  /** The chain as it stands now, when a delegation changed it. */
  approvalChain?: ApprovalStep[];
}

export function createStageEventActivities({ db }: Pick<ActivityDeps, 'db'>) {
  return {
    async recordStageEvent(input: StageEventInput): Promise<void> {
      const already = await db.auditEvent.findUnique({ where: { eventKey: input.eventKey }, select: { id: true } });
      if (already) return;
      const decided = input.actor && ['submitted', 'level_approved', 'approved', 'returned', 'recalled'].includes(input.action);
      await db.$transaction([
        db.auditEvent.create({
          data: {
            eventKey: input.eventKey,
            stageId: input.stageId,
            action: input.action,
            actorId: input.actor?.userId,
            actorName: input.actor?.name,
            comment: input.comment,
            reasonCode: input.reasonCode,
            version: input.version,
            at: new Date(input.at),
          },
        }),
        db.stage.update({
          where: { id: input.stageId },
          data: {
            status: input.snapshot.status,
            version: input.snapshot.version,
            reviewLevel: input.snapshot.reviewLevel,
            overdue: input.snapshot.overdue,
            deadline: new Date(input.deadline),
            ...(input.action === 'approved' ? { approvedAt: new Date(input.at) } : {}),
            ...(input.approvalChain ? { approvalChain: input.approvalChain as unknown as Prisma.InputJsonValue } : {}),
            ...(decided ? { lastComment: input.comment ?? null } : {}),
          },
        }),
      ]);
    },
  };
}
