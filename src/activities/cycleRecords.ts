// Stage rows appear as a cycle opens its stages; cycles are marked complete when they end.
import type { Prisma } from '../db/generated/client';
import { calendarTemplate, type CalendarTemplate } from '../domain/calendar/template';
import type { ApprovalStep } from '../domain/stageRules';
import type { ActivityDeps } from './index';

export interface OpenStageInput {
  cycleId: string;
  institutionId: string;
  code: string;
  name: string;
  scope: 'institution' | 'coordination';
  deadline: string;
  openedAt: string;
  approvalChain: ApprovalStep[];
  workflowId: string;
}

export function createCycleRecordActivities({ db }: Pick<ActivityDeps, 'db'>) {
  return {
    /** Creates the stage's row (once) and returns its id. */
    async openStage(input: OpenStageInput): Promise<string> {
      const { cycleId, institutionId, code, openedAt, deadline, approvalChain, ...rest } = input;
      const row = await db.stage.upsert({
        where: { cycleId_institutionId_code: { cycleId, institutionId, code } },
        update: {},
        create: { cycleId, institutionId, code, ...rest, approvalChain: approvalChain as unknown as Prisma.InputJsonValue, deadline: new Date(deadline), openedAt: new Date(openedAt) },
      });
      return row.id;
    },

    /** The template as frozen when the cycle started. */
    async loadCycleTemplate(input: { cycleId: string }): Promise<CalendarTemplate> {
      const cycle = await db.cycle.findUniqueOrThrow({ where: { id: input.cycleId } });
      return calendarTemplate.parse(cycle.templateSnapshot);
    },

    async completeInstitutionCycle(input: { cycleId: string; institutionId: string }): Promise<void> {
      await db.institutionCycle.update({ where: { cycleId_institutionId: input }, data: { status: 'completed' } });
    },

    async completeCycle(input: { cycleId: string }): Promise<void> {
      await db.cycle.update({ where: { id: input.cycleId }, data: { status: 'completed' } });
    },
  };
}
