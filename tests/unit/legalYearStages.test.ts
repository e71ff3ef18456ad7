// The stages of the legal year that the templates gained (issue 21), on fiscal years 2028-2030.
// The expected days were worked out by hand from a printed calendar (`date -d 2029-03-31 +%A`,
// `date -d '2029-03-28 +61 days'`) and Easter from dateutil (1 April 2029, 21 April 2030,
// 13 April 2031), not from the code under test.
import { describe, expect, it } from 'vitest';
import { ruleDate, type DateRuleContext } from '../../src/domain/calendar/dateRules';
import { calendarTemplate, type CalendarTemplate } from '../../src/domain/calendar/template';
import { guatemalaElectionTemplate, guatemalaMonitoringTemplate, guatemalaTemplate, guatemalaTransparencyTemplate, peruAccountTemplate } from '../../src/domain/calendar/templates';

/** Opening and deadline ('YYYY-MM-DD') of the named stages, each approved on its deadline. */
function windows(template: CalendarTemplate, fiscalYear: number, codes: string[]): Record<string, [string, string]> {
  const approvals: Record<string, string> = {};
  const found: Record<string, [string, string]> = {};
  for (const stage of template.stages) {
    const ctx: DateRuleContext = { fiscalYear, utcOffset: template.utcOffset, jurisdiction: template.jurisdiction, approvals };
    const start = ruleDate(stage.start, ctx)!;
    const deadline = ruleDate(stage.deadline, ctx)!;
    // Approved at noon of the deadline day, local time.
    approvals[stage.code] = new Date(`${deadline}T12:00:00${template.utcOffset}`).toISOString();
    if (codes.includes(stage.code)) found[stage.code] = [start, deadline];
  }
  return found;
}

const stageOf = (template: CalendarTemplate, code: string) => template.stages.find((s) => s.code === code)!;

describe('the new templates validate', () => {
  it.each([guatemalaTemplate, guatemalaMonitoringTemplate, guatemalaElectionTemplate, peruAccountTemplate].map((t) => [t.code, t] as const))('when %s is parsed, then it is valid and unchanged', (_code, template) => {
    expect(calendarTemplate.parse(template)).toEqual(template);
  });
});

describe('GT-ANUAL: two guidelines, open budget hearings, the distribución analítica', () => {
  it('when the guidelines are read, then SEGEPLAN submits its own for MINFIN to approve, and MINFIN-DTP submits the formulation rules for a second MINFIN person', () => {
    expect(stageOf(guatemalaTemplate, 'guidelines')).toMatchObject({ scope: 'coordination', submitterInstitutionCode: 'SEGEPLAN', approvalChain: [{ role: 'coordinator', institutionCode: 'MINFIN' }] });
    expect(stageOf(guatemalaTemplate, 'budget_formulation_rules')).toMatchObject({ scope: 'coordination', submitterInstitutionCode: 'MINFIN', approvalChain: [{ role: 'coordinator', institutionCode: 'MINFIN' }] });
    expect(stageOf(guatemalaTemplate, 'strategic_review').dependsOn).toEqual(['guidelines']);
    expect(stageOf(guatemalaTemplate, 'budget_ceilings').dependsOn).toEqual(['budget_formulation_rules']);
  });

  it.each([
    [2028, { budget_formulation_rules: ['2027-01-02', '2027-03-31'], open_budget_hearings: ['2027-06-01', '2027-07-31'], analytic_distribution: ['2027-12-01', '2028-01-15'] }],
    [2029, { budget_formulation_rules: ['2028-01-02', '2028-03-31'], open_budget_hearings: ['2028-06-01', '2028-07-31'], analytic_distribution: ['2028-12-01', '2029-01-15'] }],
    [2030, { budget_formulation_rules: ['2029-01-02', '2029-03-31'], open_budget_hearings: ['2029-06-01', '2029-07-31'], analytic_distribution: ['2029-12-01', '2030-01-15'] }],
  ])('when fiscal year %i is planned, then the new stages fall on the days the template writes (kept on a weekend)', (year, expected) => {
    expect(windows(guatemalaTemplate, year, Object.keys(expected))).toEqual(expected);
  });
});

describe('GT-SEGUIMIENTO: quotas, the President\'s report, SEGEPLAN\'s annual report, the liquidación', () => {
  const codes = ['cuota_financiera_1', 'cuota_financiera_2', 'cuota_financiera_3', 'president_report', 'segeplan_annual_report', 'budget_liquidation', 'liquidation_audit', 'liquidation_approval'];

  it.each([
    [2028, {
      cuota_financiera_1: ['2028-01-02', '2028-01-15'], // Saturday 15 January, kept
      cuota_financiera_2: ['2028-04-01', '2028-04-15'],
      cuota_financiera_3: ['2028-08-01', '2028-08-15'],
      president_report: ['2028-12-01', '2029-01-14'], // Sunday: Congress opens its sessions that day
      segeplan_annual_report: ['2029-01-16', '2029-03-31'],
      budget_liquidation: ['2029-01-02', '2029-03-28'], // Saturday 31 March is Sábado Santo; Thursday 29 and Friday 30 are holidays too
      liquidation_audit: ['2029-03-28', '2029-05-28'], // 61 days after
      liquidation_approval: ['2029-05-28', '2029-11-30'],
    }],
    [2029, {
      cuota_financiera_1: ['2029-01-02', '2029-01-15'],
      cuota_financiera_2: ['2029-04-01', '2029-04-15'],
      cuota_financiera_3: ['2029-08-01', '2029-08-15'],
      president_report: ['2029-12-01', '2030-01-14'],
      segeplan_annual_report: ['2030-01-16', '2030-03-31'],
      budget_liquidation: ['2030-01-02', '2030-03-29'], // Sunday 31 March falls back to Friday 29
      liquidation_audit: ['2030-03-29', '2030-05-29'],
      liquidation_approval: ['2030-05-29', '2030-11-30'],
    }],
    [2030, {
      cuota_financiera_1: ['2030-01-02', '2030-01-15'],
      cuota_financiera_2: ['2030-04-01', '2030-04-15'],
      cuota_financiera_3: ['2030-08-01', '2030-08-15'],
      president_report: ['2030-12-01', '2031-01-14'],
      segeplan_annual_report: ['2031-01-16', '2031-03-31'],
      budget_liquidation: ['2031-01-02', '2031-03-31'], // Monday, stays
      liquidation_audit: ['2031-03-31', '2031-05-31'],
      liquidation_approval: ['2031-05-31', '2031-11-30'],
    }],
  ])('when fiscal year %i is executed, then each new stage opens and falls due on the expected day', (year, expected) => {
    expect(windows(guatemalaMonitoringTemplate, year, codes)).toEqual(expected);
  });

  it('when the stages are read, then institutions program their quotas up to MINFIN and the coordinators carry the rest, each decided by someone else than its submitter', () => {
    const quota = stageOf(guatemalaMonitoringTemplate, 'cuota_financiera_2');
    expect(quota).toMatchObject({ scope: 'institution', approvalChain: [{ role: 'director' }, { role: 'authority' }, { role: 'coordinator', institutionCode: 'MINFIN' }] });
    expect(quota.deliverableKind).toBeUndefined();
    const coordination = guatemalaMonitoringTemplate.stages.filter((s) => s.scope === 'coordination').map((s) => [s.code, s.submitterInstitutionCode, s.dependsOn]);
    expect(coordination).toEqual([
      ['president_report', 'SEGEPLAN', []],
      ['segeplan_annual_report', 'SEGEPLAN', []],
      ['budget_liquidation', 'MINFIN', []],
      ['liquidation_audit', 'MINFIN', ['budget_liquidation']],
      ['liquidation_approval', 'MINFIN', ['liquidation_audit']],
    ]);
    expect(guatemalaMonitoringTemplate.stages.filter((s) => s.hardDeadline).map((s) => s.code)).toEqual(['budget_liquidation']);
  });

  it('when the legal bases are read, then each names its article, and dates not set by law are marked "verificar"', () => {
    const basis = (code: string) => stageOf(guatemalaMonitoringTemplate, code).legalBasis;
    expect(basis('president_report')).toMatch(/arts\. 183 literal i\) y 158/);
    expect(basis('segeplan_annual_report')).toMatch(/art\. 17 Bis.*verificar fecha/);
    expect(basis('budget_liquidation')).toMatch(/art\. 241/);
    expect(basis('liquidation_approval')).toMatch(/arts\. 241 y 171 literal d\).*verificar fecha/);
    for (const n of [1, 2, 3]) expect(basis(`cuota_financiera_${n}`)).toMatch(/verificar fecha/);
    expect(stageOf(guatemalaTemplate, 'open_budget_hearings').legalBasis).toMatch(/verificar fecha/);
    expect(stageOf(guatemalaTemplate, 'analytic_distribution').legalBasis).toMatch(/Acuerdo Gubernativo.*verificar fecha/);
    expect(stageOf(guatemalaTemplate, 'budget_formulation_rules').legalBasis).toMatch(/verificar fecha/);
  });
});

describe('GT-ANUAL-ELECTORAL', () => {
  it('when an election year is planned, then it has every stage of GT-ANUAL plus SEGEPLAN\'s transition, due on inauguration day', () => {
    expect(guatemalaElectionTemplate).toMatchObject({ jurisdiction: 'GT', phase: 'planning', utcOffset: '-06:00' });
    const codes = guatemalaElectionTemplate.stages.map((s) => s.code);
    expect(codes.filter((c) => c !== 'government_transition')).toEqual(guatemalaTemplate.stages.map((s) => s.code));
    expect(codes.indexOf('government_transition')).toBe(codes.indexOf('congress_submission') + 1);
    expect(guatemalaElectionTemplate.stages.map((s) => s.order)).toEqual(codes.map((_, i) => i + 1));
    expect(stageOf(guatemalaElectionTemplate, 'government_transition')).toMatchObject({ scope: 'coordination', submitterInstitutionCode: 'SEGEPLAN', approvalChain: [{ role: 'coordinator', institutionCode: 'MINFIN' }] });
    // Elections of 2027 (fiscal year 2028) and 2031 (fiscal year 2032); 14 January 2028 is a Friday, 2032 a Wednesday.
    expect(windows(guatemalaElectionTemplate, 2028, ['government_transition'])).toEqual({ government_transition: ['2027-09-03', '2028-01-14'] });
    expect(windows(guatemalaElectionTemplate, 2032, ['government_transition'])).toEqual({ government_transition: ['2031-09-03', '2032-01-14'] });
  });
});

describe('PE-CUENTA-GENERAL', () => {
  it.each([
    [2028, { general_account: ['2029-01-02', '2029-08-15'], general_account_review: ['2029-08-16', '2029-10-15'], general_account_approval: ['2029-10-16', '2029-10-30'] }],
    [2029, { general_account: ['2030-01-02', '2030-08-15'], general_account_review: ['2030-08-16', '2030-10-15'], general_account_approval: ['2030-10-16', '2030-10-30'] }],
    [2030, { general_account: ['2031-01-02', '2031-08-15'], general_account_review: ['2031-08-16', '2031-10-15'], general_account_approval: ['2031-10-16', '2031-10-30'] }],
  ])('when the account of fiscal year %i is rendered, then it goes to Congress by 15 August of t+1, the committee reports by 15 October and Congress decides by 30 October (Constitución art. 81)', (year, expected) => {
    expect(windows(peruAccountTemplate, year, Object.keys(expected))).toEqual(expected);
    expect(peruAccountTemplate.stages.every((s) => s.legalBasis.startsWith('Constitución Política del Perú, art. 81'))).toBe(true);
  });
});

describe('GT-TRANSPARENCIA: the Open Budget Survey’s eight documents', () => {
  it('when it is parsed, then it is valid and unchanged, and MINFIN publishes every document for a second MINFIN person to confirm', () => {
    expect(calendarTemplate.parse(guatemalaTransparencyTemplate)).toEqual(guatemalaTransparencyTemplate);
    expect(guatemalaTransparencyTemplate.phase).toBe('transparency');
    expect(guatemalaTransparencyTemplate.stages.every((s) => s.scope === 'coordination' && s.submitterInstitutionCode === 'MINFIN' && s.approvalChain.length === 1 && s.reminderDaysBefore.length > 0)).toBe(true);
  });

  it('when fiscal year 2028 is rendered, then each document is due by the Survey’s standard or the earlier date of the law', () => {
    expect(windows(guatemalaTransparencyTemplate, 2028, guatemalaTransparencyTemplate.stages.map((s) => s.code))).toEqual({
      // A month before the bill goes to Congress; the bill itself is published the day it goes.
      pre_budget_statement: ['2027-06-01', '2027-08-02'],
      executive_proposal_publication: ['2027-08-01', '2027-09-02'],
      // Three months after Congress approves it (30 November), and the citizens' budget three months after that.
      enacted_budget_publication: ['2027-12-01', '2028-02-28'],
      citizens_budget: ['2028-02-28', '2028-05-28'],
      in_year_report_1: ['2028-05-01', '2028-07-31'],
      mid_year_review: ['2028-07-01', '2028-09-30'],
      in_year_report_2: ['2028-09-01', '2028-11-30'],
      in_year_report_3: ['2029-01-02', '2029-03-31'],
      // The liquidación by 31 March of t+1 (a Saturday in Holy Week: Wednesday 28), the Contraloría two months later.
      year_end_report: ['2029-01-02', '2029-03-28'],
      audit_report: ['2029-03-28', '2029-05-28'],
    });
  });

  it('when the bill’s day is a Saturday (2 September 2028), then the proposal is published the Friday before', () => {
    expect(windows(guatemalaTransparencyTemplate, 2029, ['pre_budget_statement', 'executive_proposal_publication', 'citizens_budget'])).toEqual({
      pre_budget_statement: ['2028-06-01', '2028-08-02'],
      executive_proposal_publication: ['2028-08-01', '2028-09-01'],
      citizens_budget: ['2029-02-28', '2029-05-29'],
    });
  });
});
