import { describe, expect, it } from 'vitest';
import { ruleDate, stageWindow, type DateRuleContext } from '../../src/domain/calendar/dateRules';
import { localDate } from '../../src/domain/calendar/businessDays';
import { calendarTemplate, type CalendarTemplate } from '../../src/domain/calendar/template';
import { builtInTemplates, guatemalaMonitoringTemplate, guatemalaMunicipalTemplate, guatemalaTemplate, peruTemplate } from '../../src/domain/calendar/templates';
import { governmentCycleWorkflowId } from '../../src/workflows/workflowIds';

/** Every stage approved exactly on its deadline, in order: the deadline of each stage for the year. */
function deadlinesWhenApprovedOnTime(template: CalendarTemplate, fiscalYear: number) {
  const approvals: Record<string, string> = {};
  const deadlines: Record<string, string | null> = {};
  const windows: Record<string, { opensAt: string | null; deadline: string | null }> = {};
  for (const stage of template.stages) {
    const ctx: DateRuleContext = { fiscalYear, utcOffset: template.utcOffset, jurisdiction: template.jurisdiction, approvals };
    windows[stage.code] = stageWindow(stage, ctx);
    const deadline = windows[stage.code]!.deadline;
    deadlines[stage.code] = deadline;
    if (deadline) approvals[stage.code] = deadline;
  }
  return { deadlines, windows };
}

/** The issues of a failed parse as 'path: message' lines. */
function issues(input: unknown): string[] {
  const result = calendarTemplate.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const copy = (): CalendarTemplate => structuredClone(guatemalaTemplate);

describe('built-in templates', () => {
  it.each(builtInTemplates.map((t) => [t.code, t] as const))('when %s is parsed, then it is valid and parsing changes nothing', (_code, template) => {
    expect(calendarTemplate.parse(template)).toEqual(template);
  });

  it('when the built-in templates are listed, then Guatemala comes first and codes are distinct', () => {
    expect(builtInTemplates.map((t) => t.code)).toEqual(['GT-ANUAL', 'PE-ANUAL', 'GT-SEGUIMIENTO', 'GT-MUNICIPAL', 'GT-ANUAL-ELECTORAL', 'PE-CUENTA-GENERAL', 'GT-TRANSPARENCIA']);
    expect(guatemalaTemplate).toMatchObject({ jurisdiction: 'GT', utcOffset: '-06:00' });
    expect(peruTemplate).toMatchObject({ jurisdiction: 'PE', utcOffset: '-05:00' });
  });

  it('when Guatemala is read, then its stages come in the agreed order, scope and dependencies', () => {
    expect(guatemalaTemplate.stages.map((s) => [s.order, s.code, s.scope, s.dependsOn])).toEqual([
      [1, 'guidelines', 'coordination', []],
      [2, 'budget_formulation_rules', 'coordination', []],
      [3, 'strategic_review', 'institution', ['guidelines']],
      [4, 'pom_poa', 'institution', ['strategic_review']],
      [5, 'budget_ceilings', 'coordination', ['budget_formulation_rules']],
      [6, 'preliminary_programming', 'institution', ['pom_poa', 'budget_ceilings']],
      [7, 'budget_proposal', 'institution', ['preliminary_programming']],
      [8, 'open_budget_hearings', 'coordination', ['budget_ceilings']],
      [9, 'consolidation', 'coordination', ['budget_ceilings']],
      [10, 'consolidation_feedback', 'institution', ['budget_proposal']],
      [11, 'congress_submission', 'coordination', ['consolidation']],
      [12, 'budget_approval', 'coordination', ['congress_submission']],
      [13, 'analytic_distribution', 'coordination', ['budget_approval']],
      [14, 'poa_adjustment', 'institution', ['budget_proposal', 'budget_approval']],
    ]);
  });

  it('when the coordination stages of Guatemala are read, then SEGEPLAN issues the planning guidelines, MINFIN the formulation rules and the rest', () => {
    const submitters = guatemalaTemplate.stages.filter((s) => s.scope === 'coordination').map((s) => [s.code, s.submitterInstitutionCode]);
    expect(submitters).toEqual([
      ['guidelines', 'SEGEPLAN'],
      ['budget_formulation_rules', 'MINFIN'],
      ['budget_ceilings', 'MINFIN'],
      ['open_budget_hearings', 'MINFIN'],
      ['consolidation', 'MINFIN'],
      ['congress_submission', 'MINFIN'],
      ['budget_approval', 'MINFIN'],
      ['analytic_distribution', 'MINFIN'],
    ]);
    const pomPoa = guatemalaTemplate.stages.find((s) => s.code === 'pom_poa')!;
    expect(pomPoa.approvalChain).toEqual([{ role: 'director' }, { role: 'authority' }, { role: 'coordinator', institutionCode: 'SEGEPLAN' }]);
    expect(guatemalaTemplate.stages.filter((s) => s.hardDeadline).map((s) => s.code)).toEqual(['budget_proposal', 'congress_submission', 'budget_approval']);
  });

  it('when Guatemala\'s execution year is read, then each month has its progress report due on the 10th and each four-month period its report due 15 days after it ends', () => {
    expect(guatemalaMonitoringTemplate.phase).toBe('execution');
    const all = guatemalaMonitoringTemplate.stages;
    expect(all.map((s) => s.order)).toEqual(all.map((_, i) => i + 1));
    const stages = all.filter((s) => s.deliverableKind === 'monitoringReport');
    expect(stages).toHaveLength(15);
    expect(stages.every((s) => s.scope === 'institution')).toBe(true);
    const reports = stages.filter((s) => s.code.startsWith('informe_cuatrimestral'));
    expect(reports.map((s) => [s.period, s.deadline])).toEqual([
      ['C1', { kind: 'fixedDate', month: 5, day: 15, yearOffset: 0 }],
      ['C2', { kind: 'fixedDate', month: 9, day: 15, yearOffset: 0 }],
      ['C3', { kind: 'fixedDate', month: 1, day: 15, yearOffset: 1 }],
    ]);
    expect(reports.every((s) => s.approvalChain.at(-1)?.institutionCode === 'SEGEPLAN')).toBe(true);
    const march = stages.find((s) => s.code === 'avance_mensual_03')!;
    expect([march.period, march.start, march.deadline]).toEqual(['03', { kind: 'fixedDate', month: 4, day: 1, yearOffset: 0 }, { kind: 'fixedDate', month: 4, day: 10, yearOffset: 0 }]);
    expect(guatemalaTemplate.phase).toBe('planning');
  });

  it('when Peru is compared with Guatemala, then the stages that are the same in substance share their codes', () => {
    const peruCodes = peruTemplate.stages.map((s) => s.code);
    for (const code of ['strategic_review', 'budget_ceilings', 'preliminary_programming', 'budget_proposal', 'poa_adjustment']) {
      expect(peruCodes, code).toContain(code);
    }
    const coordinators = new Set(peruTemplate.stages.flatMap((s) => [s.submitterInstitutionCode, ...s.approvalChain.map((a) => a.institutionCode)]).filter(Boolean));
    expect([...coordinators].sort()).toEqual(['CEPLAN', 'MEF']);
  });

  it.each(builtInTemplates.map((t) => [t.code, t] as const))('when %s escalates, then institution stages climb four rungs and coordination stages tell the coordinator', (_code, template) => {
    for (const stage of template.stages) {
      const ladder = stage.scope === 'institution' ? ['planner', 'director', 'authority', 'coordinator'] : ['coordinator'];
      expect(stage.escalation, stage.code).toEqual({ ladder, everyDays: 3 });
    }
  });

  it.each(builtInTemplates.map((t) => [t.code, t] as const))('when %s sends reminders, then each falls inside the stage window', (_code, template) => {
    const { windows } = deadlinesWhenApprovedOnTime(template, 2028);
    for (const stage of template.stages) {
      const { opensAt, deadline } = windows[stage.code]!;
      const windowDays = (Date.parse(deadline!) - Date.parse(opensAt!)) / 86_400_000;
      expect(Math.max(...stage.reminderDaysBefore), stage.code).toBeLessThan(windowDays);
    }
  });
});

describe('legal bases', () => {
  const basisOf = (template: CalendarTemplate, code: string) => template.stages.find((s) => s.code === code)!.legalBasis;

  it('when Guatemala\'s stages fixed by law are read, then each names its law and article', () => {
    expect(basisOf(guatemalaTemplate, 'budget_proposal')).toMatch(/Decreto 101-97\), art\. 21\b/);
    expect(basisOf(guatemalaTemplate, 'congress_submission')).toMatch(/arts\. 171 literal b\) y 183 literal j\).*Decreto 101-97\), art\. 23$/);
    for (const n of [1, 2, 3]) expect(basisOf(guatemalaMonitoringTemplate, `informe_cuatrimestral_${n}`)).toMatch(/arts\. 17 Bis y 17 Ter.*art\. 183 literal w\)/);
  });

  it('when a date is still unconfirmed, then it stays marked "verificar"', () => {
    expect(basisOf(guatemalaTemplate, 'pom_poa')).toMatch(/verificar fecha/);
    const unmarked = peruTemplate.stages.filter((s) => !/verificar/i.test(s.legalBasis)).map((s) => s.code);
    expect(unmarked).toEqual(['congress_submission', 'budget_approval']);
  });
});

describe('calendarTemplate rejects bad templates at the right path', () => {
  it('when a stage depends on an unknown stage, then the dependency is named', () => {
    const template = copy();
    template.stages[1]!.dependsOn = ['guidelines', 'nope'];
    expect(issues(template)).toEqual(['stages.1.dependsOn.1: etapa desconocida: nope']);
  });

  it('when a stage depends on a later stage, then the order is reported', () => {
    const template = copy();
    template.stages[2]!.dependsOn = ['pom_poa'];
    expect(issues(template)).toEqual(['stages.2.dependsOn.0: pom_poa debe ir antes de strategic_review']);
  });

  it('when a monitoring report names no period, then the period is asked for', () => {
    const template = structuredClone(guatemalaMonitoringTemplate);
    // The first monthly report, after the first quota's programming.
    expect(template.stages[1]!.code).toBe('avance_mensual_01');
    delete template.stages[1]!.period;
    expect(issues(template)).toEqual(['stages.1.period: un informe de seguimiento indica el período que informa (C1, C2, C3, 01-12 o A)']);
    template.stages[1]!.period = 'C4';
    expect(issues(template).map((i) => i.split(':')[0])).toEqual(['stages.1.period']);
  });

  it('when a code is repeated, then the second one is reported', () => {
    const template = copy();
    template.stages[9]!.code = 'consolidation';
    expect(issues(template)).toContain('stages.9.code: código repetido: consolidation');
  });

  it('when a fixed date is 31 February, then the day is reported; 29 February is allowed', () => {
    const template = copy();
    template.stages[0]!.deadline = { kind: 'fixedDate', month: 2, day: 31, yearOffset: -1 };
    expect(issues(template)).toEqual(['stages.0.deadline.day: ese día no existe en ese mes']);
    template.stages[0]!.deadline = { kind: 'fixedDate', month: 4, day: 31, yearOffset: -1 };
    expect(issues(template)).toEqual(['stages.0.deadline.day: ese día no existe en ese mes']);
    template.stages[0]!.deadline = { kind: 'fixedDate', month: 2, day: 29, yearOffset: -1 };
    expect(issues(template)).toEqual([]);
  });

  it('when a date rule names an unknown adjustment, then it is reported in Spanish; without one the rule is valid', () => {
    const template = copy();
    template.stages[0]!.deadline = { kind: 'fixedDate', month: 2, day: 28, yearOffset: -1, adjustment: 'nearestBusinessDay' as 'exact' };
    expect(issues(template)).toEqual(['stages.0.deadline.adjustment: ajuste inválido: exact, previousBusinessDay o nextBusinessDay']);
    template.stages[0]!.deadline = { kind: 'fixedDate', month: 2, day: 28, yearOffset: -1 };
    expect(issues(template)).toEqual([]);
    template.stages[0]!.deadline = { kind: 'fixedDate', month: 2, day: 28, yearOffset: -1, adjustment: 'nextBusinessDay' };
    expect(issues(template)).toEqual([]);
  });

  it('when a rule waits on a later stage or on the stage itself, then the rule is reported', () => {
    const template = copy();
    template.stages[5]!.deadline = { kind: 'afterApproval', stage: 'budget_proposal', days: 5, dayKind: 'business' };
    expect(issues(template)).toEqual(['stages.5.deadline.stage: budget_proposal debe ser una etapa anterior']);
    template.stages[5]!.deadline = { kind: 'afterApproval', stage: 'preliminary_programming', days: 5, dayKind: 'business' };
    expect(issues(template)).toEqual(['stages.5.deadline.stage: preliminary_programming no puede depender de su propia aprobación']);
  });
});

describe('Guatemala deadlines for fiscal year 2028', () => {
  it('when every stage is approved on its deadline, then each deadline falls on the expected day', () => {
    const { deadlines } = deadlinesWhenApprovedOnTime(guatemalaTemplate, 2028);
    expect(deadlines).toEqual({
      guidelines: '2027-03-01T05:59:59.000Z', // 28 February 2027
      budget_formulation_rules: '2027-04-01T05:59:59.000Z', // 31 March
      strategic_review: '2027-04-01T05:59:59.000Z', // 31 March
      pom_poa: '2027-05-01T05:59:59.000Z', // 30 April
      budget_ceilings: '2027-06-16T05:59:59.000Z', // 15 June
      preliminary_programming: '2027-07-01T05:59:59.000Z', // 15 June + 10 business days, skipping Monday 28 June
      budget_proposal: '2027-07-16T05:59:59.000Z', // 15 July
      open_budget_hearings: '2027-08-01T05:59:59.000Z', // 31 July
      consolidation: '2027-09-01T05:59:59.000Z', // 31 August
      consolidation_feedback: '2027-08-15T05:59:59.000Z', // 14 August
      congress_submission: '2027-09-03T05:59:59.000Z', // 2 September
      budget_approval: '2027-12-01T05:59:59.000Z', // 30 November
      analytic_distribution: '2028-01-16T05:59:59.000Z', // 15 January of the fiscal year
      poa_adjustment: '2028-01-16T05:59:59.000Z', // 15 January of the fiscal year
    });
    expect(localDate(deadlines.preliminary_programming!, '-06:00')).toBe('2027-06-30');
  });

  it('when the municipal calendar runs for 2028, then the council gets the draft in the first week of October and approves by 15 December (Código Municipal art. 131)', () => {
    expect(guatemalaMunicipalTemplate).toMatchObject({ jurisdiction: 'GT', phase: 'municipal' });
    const { deadlines } = deadlinesWhenApprovedOnTime(guatemalaMunicipalTemplate, 2028);
    expect(deadlines).toEqual({
      municipal_guidelines: '2027-03-01T05:59:59.000Z', // 28 February 2027
      municipal_pom_poa: '2027-07-01T05:59:59.000Z', // 30 June (verificar)
      municipal_budget_draft: '2027-10-08T05:59:59.000Z', // 7 October
      municipal_council_approval: '2027-12-16T05:59:59.000Z', // 15 December
      municipal_budget_filing: '2027-12-30T05:59:59.000Z', // 15 December + 10 business days, skipping 24-25 December
      municipal_liquidation: '2029-03-01T05:59:59.000Z', // 28 February of t+1
    });
    const unconfirmed = guatemalaMunicipalTemplate.stages.filter((s) => s.legalBasis.includes('verificar')).map((s) => s.code);
    expect(unconfirmed).toEqual(['municipal_guidelines', 'municipal_pom_poa', 'municipal_budget_filing', 'municipal_liquidation']);
    expect(governmentCycleWorkflowId({ jurisdiction: 'GT', fiscalYear: 2028, phase: 'municipal' })).toBe('cycle/GT/2028-municipal');
    expect(governmentCycleWorkflowId({ jurisdiction: 'GT', fiscalYear: 2028, phase: 'planning' })).toBe('cycle/GT/2028');
  });

  it('when the ceilings are not yet approved, then preliminary programming has neither opening nor deadline', () => {
    const ctx: DateRuleContext = { fiscalYear: 2028, utcOffset: '-06:00', jurisdiction: 'GT', approvals: {} };
    const stage = guatemalaTemplate.stages.find((s) => s.code === 'preliminary_programming')!;
    expect(stageWindow(stage, ctx)).toEqual({ opensAt: null, deadline: null });
  });
});

describe('Peru deadlines for fiscal year 2028', () => {
  it('when every stage is approved on its deadline, then the law dates hold and programming skips 7 June', () => {
    const { deadlines } = deadlinesWhenApprovedOnTime(peruTemplate, 2028);
    expect(deadlines.congress_submission).toBe('2027-08-31T04:59:59.000Z'); // 30 August 2027, Constitución art. 78
    expect(deadlines.budget_approval).toBe('2027-12-01T04:59:59.000Z'); // 30 November 2027
    // APM on Monday 31 May 2027 + 15 business days, 7 June being a holiday.
    expect(ruleDate(peruTemplate.stages[4]!.deadline, { fiscalYear: 2028, utcOffset: '-05:00', jurisdiction: 'PE', approvals: { budget_ceilings: deadlines.budget_ceilings! } })).toBe('2027-06-22');
  });
});

describe('coordination dependencies', () => {
  it('when a coordination stage depends on an institution stage, then the template is rejected', () => {
    const broken = structuredClone(guatemalaTemplate);
    const consolidation = broken.stages.find((s) => s.code === 'consolidation')!;
    consolidation.dependsOn = ['budget_ceilings', 'budget_proposal'];
    const result = calendarTemplate.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('una etapa de coordinación no puede depender de la etapa institucional budget_proposal');
  });
});

describe('defaults', () => {
  it('when two templates take the default reminders and ladder, then changing one leaves the other alone', () => {
    const minimal = structuredClone(guatemalaTemplate) as Record<string, any>;
    for (const stage of minimal.stages) {
      delete stage.reminderDaysBefore;
      delete stage.escalation;
    }
    const first = calendarTemplate.parse(minimal);
    const second = calendarTemplate.parse(minimal);
    first.stages[0]!.reminderDaysBefore.push(30);
    first.stages[0]!.escalation.ladder.push('authority');
    expect(second.stages[0]!.reminderDaysBefore).toEqual([14, 7, 1]);
    expect(second.stages[0]!.escalation.ladder).toEqual(['planner', 'director', 'authority', 'coordinator']);
    expect(first.stages[1]!.reminderDaysBefore).toEqual([14, 7, 1]);
  });
});
