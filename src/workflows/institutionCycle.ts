// One institution's year: its stages from the template (strategic review, POM/POA, preliminary
// programming, budget proposal, consolidation feedback, POA adjustment...), each opened when
// its dependencies are approved, including the coordinators' gates signalled by the cycle.
import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { withExactDates } from '../domain/calendar/dateRules';
import { CyclePlan } from '../domain/cyclePlan';
import { coordinationApprovedSignal, institutionPlanQuery, stageDeadlineMovedSignal } from './cycleMessages';
import { patchCheck } from './patchLevel';
import { dateRuleAdjustment, declaredDaysOf, StageOpener, type CycleInput, type CycleInstitution } from './stageOpener';

export interface InstitutionCycleInput extends CycleInput {
  institution: CycleInstitution;
  /** Gates already open when this institution joins (e.g. a late start). */
  approvedGates?: Record<string, string>;
}

const { completeInstitutionCycle, loadCycleTemplate } = wf.proxyActivities<Activities>({ startToCloseTimeout: '30 seconds' });
const local = wf.proxyLocalActivities<Activities>({ startToCloseTimeout: '30 seconds' });
/** Each of hundreds of institutions reads the template by local activity: one marker, no round trip. */
const localLoadTemplate = 'local-load-template';
const holidaysByMunicipality = 'holidays-by-municipality';

/** Runs until every institution stage of the template is approved. */
export async function institutionCycle(input: InstitutionCycleInput): Promise<void> {
  const patched = patchCheck(input.patchLevel);
  const template = await (patched(localLoadTemplate) ? local.loadCycleTemplate : loadCycleTemplate)({ cycleId: input.cycleId });
  const stages = template.stages.filter((s) => s.scope === 'institution');
  // The institution's local holidays (15 August in Guatemala City) count in cycles started with them.
  const municipalityCode = patched(holidaysByMunicipality) ? input.institution.municipalityCode : undefined;
  // Cycles started before dates could move off weekends and holidays keep them as written.
  const plan = new CyclePlan(patched(dateRuleAdjustment) ? stages : withExactDates(stages), {
    fiscalYear: input.fiscalYear,
    utcOffset: template.utcOffset,
    jurisdiction: template.jurisdiction,
    ...(municipalityCode ? { municipalityCode } : {}),
    ...declaredDaysOf(template, patched),
  });
  for (const [code, at] of Object.entries(input.approvedGates ?? {})) plan.recordApproval(code, at);
  const opener = new StageOpener({ ...input, template }, plan, () => ({ institutionId: input.institution.id, idSegment: input.institution.code }));

  wf.setHandler(institutionPlanQuery, () => plan.overview());
  wf.setHandler(coordinationApprovedSignal, ({ code, approvedAt }) => {
    plan.recordApproval(code, approvedAt);
    opener.changed = true;
  });
  wf.setHandler(stageDeadlineMovedSignal, async ({ code, deadline }) => {
    if (plan.has(code)) await opener.moveDeadline(code, deadline);
  });

  await opener.runToCompletion();
  await wf.condition(wf.allHandlersFinished);
  await completeInstitutionCycle({ cycleId: input.cycleId, institutionId: input.institution.id });
}
