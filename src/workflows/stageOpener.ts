// Opens a cycle's stages as their plan allows, each as a child stageApproval workflow; used by
// both the government cycle (coordination stages) and the institution cycles.
import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { calendarNow, realMsUntil, type CalendarClock } from '../domain/calendarClock';
import type { CalendarTemplate, StageTemplate } from '../domain/calendar/template';
import type { CyclePlan } from '../domain/cyclePlan';
import type { StageRoutingRule } from '../domain/routingRules';
import type { ApprovalStep, StageParties } from '../domain/stageRules';
import { stageWorkflowId } from './workflowIds';
import { deadlineMovedSignal } from './messages';
import { openUntilComplete } from './openingLoop';
import { childPatchLevel, patchCheck, type PatchCheck, type PatchLevelInput } from './patchLevel';
import { stageApproval } from './stageApproval';

const { openStage } = wf.proxyActivities<Activities>({ startToCloseTimeout: '30 seconds' });
const local = wf.proxyLocalActivities<Activities>({ startToCloseTimeout: '30 seconds' });
/** A stage's row is written by a local activity: one marker and no round trip (see stageApproval). */
const localOpenStage = 'local-open-stage';
/** Patch of both cycle workflows: a change that comes while stages open is kept (see openingLoop.ts). */
const keepChangesWhileOpening = 'keep-changes-while-opening';
/** Patch of both cycle workflows: date rules may move a date off a weekend or holiday. */
export const dateRuleAdjustment = 'date-rule-adjustment';
/** Patch of both cycle workflows: the days declared non-working frozen with the template count as holidays. */
const declaredDaysOff = 'declared-non-working-days';

/** The declared non-working days a cycle's dates skip: those frozen with its template, in cycles started with them. */
export function declaredDaysOf(template: CalendarTemplate, patched: PatchCheck): { declaredNonWorkingDays?: readonly string[] } {
  const days = template.declaredNonWorkingDays;
  return days?.length && patched(declaredDaysOff) ? { declaredNonWorkingDays: days } : {};
}

/** What every cycle workflow is started with; the template itself is loaded by activity. */
export interface CycleInput extends PatchLevelInput {
  cycleId: string;
  fiscalYear: number;
  coordinatorIds: Record<string, string>;
  clock: CalendarClock;
}

/** An institution as its cycle is started: the municipality reaches the workflow in its input, so replay never reads the database. */
export interface CycleInstitution {
  id: string;
  code: string;
  /** Where its seat is (DDMM), for the local holidays of its deadlines. */
  municipalityCode?: string;
}

export interface CycleContext extends CycleInput {
  template: CalendarTemplate;
}

export interface StageOwner {
  institutionId: string;
  /** The code in workflow ids: the institution's, or the coordination marker. */
  idSegment: string;
}

export class StageOpener {
  private readonly children = new Map<string, wf.ChildWorkflowHandle<typeof stageApproval>>();
  private readonly patched: PatchCheck;
  changed = false;

  constructor(
    private readonly ctx: CycleContext,
    private readonly plan: CyclePlan,
    private readonly ownerOf: (stage: StageTemplate) => StageOwner,
    private readonly onApproved: (code: string, approvedAt: string) => void = () => undefined,
  ) {
    this.patched = patchCheck(ctx.patchLevel);
  }

  now(): string {
    return calendarNow(this.ctx.clock, Date.now());
  }

  /** Opens every stage that is ready; each child's approval feeds back into the plan. */
  async openReadyStages(): Promise<void> {
    for (const { stage, deadline } of this.plan.readyToOpen(this.now())) {
      const owner = this.ownerOf(stage);
      const parties = this.parties(stage, owner.institutionId);
      const workflowId = stageWorkflowId({ jurisdiction: this.ctx.template.jurisdiction, fiscalYear: this.ctx.fiscalYear, phase: this.ctx.template.phase, institutionCode: owner.idSegment, stageCode: stage.code });
      const stageId = await (this.patched(localOpenStage) ? local.openStage : openStage)({
        cycleId: this.ctx.cycleId,
        institutionId: owner.institutionId,
        code: stage.code,
        name: stage.name.es,
        scope: stage.scope,
        deadline,
        openedAt: this.now(),
        approvalChain: parties.approvalChain,
        workflowId,
      });
      const child = await wf.startChild(stageApproval, {
        workflowId,
        args: [{ stageId, parties, deadline, alarms: { reminderDaysBefore: stage.reminderDaysBefore, escalation: stage.escalation }, clock: this.ctx.clock, ...childPatchLevel(this.ctx.patchLevel), ...this.routingRules(stage, owner.institutionId) }],
      });
      this.plan.markOpen(stage.code);
      this.children.set(stage.code, child);
      void child.result().then((outcome) => {
        this.plan.recordApproval(stage.code, outcome.approvedAt);
        this.onApproved(stage.code, outcome.approvedAt);
        this.changed = true;
      });
    }
  }

  /** A moved date: the plan uses it when the stage opens; a running stage is told at once. */
  async moveDeadline(code: string, deadline: string): Promise<void> {
    this.plan.moveDeadline(code, deadline);
    this.changed = true;
    await this.children.get(code)?.signal(deadlineMovedSignal, { deadline });
  }

  /** Opens stages until the plan is complete, sleeping until the next opening or a change. */
  runToCompletion(): Promise<void> {
    // The promises as before (no extra await in between): histories of the old order replay.
    return openUntilComplete(
      {
        isComplete: () => this.plan.isComplete,
        openReadyStages: () => this.openReadyStages(),
        nextOpening: () => this.plan.nextOpening(),
        changed: () => this.changed,
        clearChanged: () => {
          this.changed = false;
        },
        waitForChange: (next) => (next ? wf.condition(() => this.changed, realMsUntil(this.ctx.clock, next, Date.now())) : wf.condition(() => this.changed)),
      },
      this.patched(keepChangesWhileOpening),
    );
  }

  private parties(stage: StageTemplate, ownerInstitutionId: string): StageParties {
    const approvalChain: ApprovalStep[] = stage.approvalChain.map((level) => ({
      role: level.role,
      institutionId: level.institutionCode ? this.coordinator(level.institutionCode) : ownerInstitutionId,
      // Templates before parallel review carry no quorum: their chains stay as they were.
      ...(level.quorum === 'all' ? { quorum: 'all' as const } : {}),
    }));
    return { ownerInstitutionId, submitterRole: stage.submitterRole, approvalChain };
  }

  /** The stage's routing rules with their levels resolved; none for templates without (as every recorded one). */
  private routingRules(stage: StageTemplate, ownerInstitutionId: string): { rules?: StageRoutingRule[] } {
    if (!stage.rules?.length) return {};
    const rules = stage.rules.map((rule): StageRoutingRule => ({
      code: rule.code,
      name: rule.name.es,
      when: rule.when,
      at: rule.at,
      then:
        rule.then.kind === 'block'
          ? rule.then
          : {
              kind: 'addLevel',
              step: {
                role: rule.then.level.role,
                institutionId: rule.then.level.institutionCode ? this.coordinator(rule.then.level.institutionCode) : ownerInstitutionId,
                ...(rule.then.level.quorum === 'all' ? { quorum: 'all' as const } : {}),
                addedBy: { rule: rule.code, name: rule.name.es },
              },
            },
    }));
    return { rules };
  }

  coordinator(code: string): string {
    const id = this.ctx.coordinatorIds[code];
    if (!id) throw wf.ApplicationFailure.nonRetryable(`La plantilla nombra al coordinador ${code}, que no existe`);
    return id;
  }

}
