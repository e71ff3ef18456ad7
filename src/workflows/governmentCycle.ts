// A jurisdiction's planning-budget year: one institution cycle per institution (hundreds), the
// coordinators' own stages (guidelines, budget ceilings, consolidation...), their approvals
// passed on to every institution as gates, and dates moved for all by a coordinator.
import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { withExactDates } from '../domain/calendar/dateRules';
import { institutionGates } from '../domain/calendar/institutionGates';
import { CyclePlan } from '../domain/cyclePlan';
import { coordinationOwner, institutionCycleWorkflowId } from './workflowIds';
import { coordinationApprovedSignal, cycleProgressQuery, moveStageDeadlineUpdate, stageDeadlineMovedSignal } from './cycleMessages';
import { institutionCycle } from './institutionCycle';
import { childPatchLevel, patchCheck } from './patchLevel';
import { dateRuleAdjustment, declaredDaysOf, StageOpener, type CycleInput, type CycleInstitution, type StageOwner } from './stageOpener';

export interface GovernmentCycleInput extends CycleInput {
  institutions: CycleInstitution[];
}

const { completeCycle, loadCycleTemplate } = wf.proxyActivities<Activities>({ startToCloseTimeout: '30 seconds' });
/** Institution cycles started together in one workflow task. */
const institutionBatch = 50;
const deadlineMoveSkipsEndedCycles = 'deadline-move-skips-ended-cycles';

/** Runs until every coordination stage is approved and every institution cycle has ended. */
export async function governmentCycle(input: GovernmentCycleInput): Promise<void> {
  const patched = patchCheck(input.patchLevel);
  const template = await loadCycleTemplate({ cycleId: input.cycleId });
  const coordination = template.stages.filter((s) => s.scope === 'coordination');
  // Cycles started before dates could move off weekends and holidays keep them as written.
  const plan = new CyclePlan(patched(dateRuleAdjustment) ? coordination : withExactDates(coordination), {
    fiscalYear: input.fiscalYear,
    utcOffset: template.utcOffset,
    jurisdiction: template.jurisdiction,
    ...declaredDaysOf(template, patched),
  });
  /** From patch level 2, only the approvals an institution's stages wait on are signalled to it. */
  const gates = (input.patchLevel ?? 0) >= 2 ? institutionGates(template.stages) : undefined;
  const institutions = new Map<string, wf.ChildWorkflowHandle<typeof institutionCycle>>();
  const ended = new Set<string>();
  let started = 0;
  let completed = 0;

  const opener: StageOpener = new StageOpener(
    { ...input, template },
    plan,
    (stage): StageOwner => ({ institutionId: opener.coordinator(stage.submitterInstitutionCode ?? ''), idSegment: coordinationOwner }),
    (code, approvedAt) => {
      // A gate approved after an institution's cycle ended (the distribución analítica, due in
      // January, can follow the POA adjustment) finds that child gone: the signal fails, and left
      // unhandled that failed every workflow task of the cycle. Catching it issues the same
      // commands, so no patch: no history could record the unhandled failure.
      if (gates && !gates.has(code)) return;
      for (const child of institutions.values()) void child.signal(coordinationApprovedSignal, { code, approvedAt }).catch(() => undefined);
    },
  );

  wf.setHandler(cycleProgressQuery, () => ({ coordination: plan.overview(), institutions: input.institutions.length, institutionsStarted: started, institutionsCompleted: completed }));
  wf.setHandler(
    moveStageDeadlineUpdate,
    async ({ stageCode, deadline }) => {
      if (plan.has(stageCode)) await opener.moveDeadline(stageCode, deadline);
      else if (patched(deadlineMoveSkipsEndedCycles)) {
        // An institution whose cycle has ended has nothing left to move; signalled, it failed the
        // whole move for everyone. One that ends while the signal is in flight is let go too.
        const running = [...institutions].filter(([code]) => !ended.has(code)).map(([, child]) => child);
        await Promise.all(running.map((child) => child.signal(stageDeadlineMovedSignal, { code: stageCode, deadline }).catch(() => undefined)));
      } else await Promise.all([...institutions.values()].map((child) => child.signal(stageDeadlineMovedSignal, { code: stageCode, deadline })));
      return { stageCode, deadline };
    },
    {
      validator: ({ actor, stageCode }) => {
        if (actor.role !== 'coordinator' && actor.role !== 'admin') throw wf.ApplicationFailure.create({ type: 'forbidden', message: 'Solo un coordinador puede mover una fecha', nonRetryable: true });
        if (!template.stages.some((s) => s.code === stageCode)) throw wf.ApplicationFailure.create({ type: 'conflict', message: `La plantilla no tiene la etapa ${stageCode}`, nonRetryable: true });
        if (plan.overview().some((s) => s.code === stageCode && s.state === 'approved')) throw wf.ApplicationFailure.create({ type: 'conflict', message: 'La etapa ya fue aprobada', nonRetryable: true });
      },
    },
  );

  // Counting the started children only feeds the progress query: no command, so no patch.
  const startInstitution = async (institution: CycleInstitution) => {
    const child = await wf.startChild(institutionCycle, {
      workflowId: institutionCycleWorkflowId({ jurisdiction: template.jurisdiction, fiscalYear: input.fiscalYear, phase: template.phase, institutionCode: institution.code }),
      args: [{ cycleId: input.cycleId, fiscalYear: input.fiscalYear, coordinatorIds: input.coordinatorIds, clock: input.clock, institution, approvedGates: plan.snapshot.approvals, ...childPatchLevel(input.patchLevel) }],
    });
    started += 1;
    return child;
  };
  const track = (code: string, child: wf.ChildWorkflowHandle<typeof institutionCycle>) => {
    institutions.set(code, child);
    void child.result().then(() => {
      completed += 1;
      ended.add(code);
    });
  };
  // Institutions start fifty at a time, a workflow task per batch: four hundred promises at once
  // in one task have crashed the worker's Node ("async hook stack has become corrupted",
  // sdk-typescript #939), and the console's "k de N iniciadas" moves by batches. Cycles started
  // before started them all in one task, or one per task: each change is patched.
  if (patched('start-institutions-in-batches')) {
    for (let from = 0; from < input.institutions.length; from += institutionBatch) {
      const batch = input.institutions.slice(from, from + institutionBatch);
      const children = await Promise.all(batch.map(startInstitution));
      children.forEach((child, i) => track(batch[i]!.code, child));
    }
  } else if (patched('start-institutions-together')) {
    const children = await Promise.all(input.institutions.map(startInstitution));
    children.forEach((child, i) => track(input.institutions[i]!.code, child));
  } else {
    for (const institution of input.institutions) track(institution.code, await startInstitution(institution));
  }

  await opener.runToCompletion();
  await wf.condition(() => completed === input.institutions.length && wf.allHandlersFinished());
  await completeCycle({ cycleId: input.cycleId });
}
