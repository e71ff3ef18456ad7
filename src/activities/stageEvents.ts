// Writes a stage's new state and its audit line together; a retried call writes once.
import type { Actor } from '../domain/actor';
import type { Prisma } from '../db/generated/client';
import type { StageEvent } from '../domain/stageEvent';
import { isSameOrLaterState, type ApprovalStep, type StageProgress, type StageSnapshot } from '../domain/stageRules';
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

/** The stage's new state and its audit line, in `tx`; written before (a retry), the row only catches up. */
export async function writeStageEvent(tx: Prisma.TransactionClient, input: StageEventInput): Promise<void> {
  const decided = input.actor && ['submitted', 'level_approved', 'approved', 'returned', 'recalled'].includes(input.action);
  const stageState = (approvedAt: string) => ({
    status: input.snapshot.status,
    version: input.snapshot.version,
    reviewLevel: input.snapshot.reviewLevel,
    overdue: input.snapshot.overdue,
    deadline: new Date(input.deadline),
    ...(input.action === 'approved' ? { approvedAt: new Date(approvedAt) } : {}),
    ...(input.approvalChain ? { approvalChain: input.approvalChain as unknown as Prisma.InputJsonValue } : {}),
    ...(decided ? { lastComment: input.comment ?? null } : {}),
  });
  const already = await tx.auditEvent.findUnique({ where: { eventKey: input.eventKey }, select: { at: true } });
  if (already) {
    // Written before, but the row may have fallen behind since: a Temporal server that crashed
    // before storing this change let the workflow go on without it (a reminder wrote the
    // earlier state over the row) until the change was sent again. The row takes it again,
    // with the time the trail shows, unless it is further along: a late copy of an old record
    // (a workflow task abandoned while its record waited) must not move it back. Locked, so
    // that two late records cannot both read the row and cross.
    const [row] = await tx.$queryRaw<StageProgress[]>`SELECT status, version, "reviewLevel" FROM "Stage" WHERE id = ${input.stageId} FOR UPDATE`;
    if (row && isSameOrLaterState(input.snapshot, row)) await tx.stage.update({ where: { id: input.stageId }, data: stageState(already.at.toISOString()) });
    return;
  }
  // The row first, then the audit line: the line takes the chain's lock, held until commit, so
  // it is taken last and briefly, and after the stage's row as the workbook's apply takes them.
  await tx.stage.update({ where: { id: input.stageId }, data: stageState(input.at) });
  await tx.auditEvent.create({
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
  });
}

export function createStageEventActivities({ db }: Pick<ActivityDeps, 'db'>) {
  return {
    async recordStageEvent(input: StageEventInput): Promise<void> {
      await db.$transaction((tx) => writeStageEvent(tx, input));
    },
  };
}
