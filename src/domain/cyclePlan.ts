// Which stages of a cycle open when: a stage opens once every stage it depends on is approved
// (coordination stages, such as the budget ceilings, act as gates for institutions) and its
// start date has come. Pure, so the cycle workflows stay small and the rules are unit tested.
import { stageWindow, type DateRuleContext } from './calendar/dateRules';
import type { StageTemplate } from './calendar/template';

export type PlannedStageState = 'waiting' | 'open' | 'approved';

export interface PlannedStage {
  code: string;
  state: PlannedStageState;
  opensAt: string | null;
  deadline: string | null;
  approvedAt?: string;
}

export interface CyclePlanState {
  approvals: Record<string, string>;
  opened: string[];
  movedDeadlines: Record<string, string>;
}

export class CyclePlan {
  private state: CyclePlanState;

  constructor(
    /** The stages this plan runs; other codes may appear as dependencies (gates). */
    private readonly stages: StageTemplate[],
    private readonly context: Omit<DateRuleContext, 'approvals'>,
    initial: CyclePlanState = { approvals: {}, opened: [], movedDeadlines: {} },
  ) {
    this.state = JSON.parse(JSON.stringify(initial)) as CyclePlanState;
  }

  get snapshot(): CyclePlanState {
    return JSON.parse(JSON.stringify(this.state)) as CyclePlanState;
  }

  /** Records an approval: one of this plan's stages, or a gate run elsewhere. */
  recordApproval(code: string, at: string): void {
    this.state.approvals[code] ??= at;
  }

  /** A coordinator moved a stage's deadline: it wins over the template's rule. */
  moveDeadline(code: string, deadline: string): void {
    this.state.movedDeadlines[code] = deadline;
  }

  has(code: string): boolean {
    return this.stages.some((s) => s.code === code);
  }

  /** Stages whose dependencies are approved and whose start has come, with their deadline. */
  readyToOpen(now: string): { stage: StageTemplate; deadline: string }[] {
    return this.stages.flatMap((stage) => {
      if (this.state.opened.includes(stage.code) || !this.dependenciesApproved(stage)) return [];
      const window = this.window(stage);
      if (window.opensAt === null || window.deadline === null || Date.parse(window.opensAt) > Date.parse(now)) return [];
      return [{ stage, deadline: window.deadline }];
    });
  }

  markOpen(code: string): void {
    if (!this.state.opened.includes(code)) this.state.opened.push(code);
  }

  /** When the next waiting stage with approved dependencies opens, if any is known. */
  nextOpening(): string | undefined {
    const times = this.stages
      .filter((s) => !this.state.opened.includes(s.code) && this.dependenciesApproved(s))
      .map((s) => this.window(s).opensAt)
      .filter((t): t is string => t !== null)
      .sort();
    return times[0];
  }

  get isComplete(): boolean {
    return this.stages.every((s) => this.state.approvals[s.code] !== undefined);
  }

  /** Every stage of the plan with its state and dates as far as they are known. */
  overview(): PlannedStage[] {
    return this.stages.map((stage) => {
      const window = this.window(stage);
      const approvedAt = this.state.approvals[stage.code];
      const state: PlannedStageState = approvedAt ? 'approved' : this.state.opened.includes(stage.code) ? 'open' : 'waiting';
      return { code: stage.code, state, opensAt: window.opensAt, deadline: window.deadline, ...(approvedAt ? { approvedAt } : {}) };
    });
  }

  private dependenciesApproved(stage: StageTemplate): boolean {
    return stage.dependsOn.every((code) => this.state.approvals[code] !== undefined);
  }

  private window(stage: StageTemplate) {
    const window = stageWindow(stage, { ...this.context, approvals: this.state.approvals });
    return { ...window, deadline: this.state.movedDeadlines[stage.code] ?? window.deadline };
  }
}
