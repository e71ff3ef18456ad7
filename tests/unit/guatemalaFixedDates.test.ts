// Every fixed date of Guatemala's annual template on real years: the expected days were read off
// a printed calendar (`cal 2027`, `cal 2028`, `cal 2029`, `cal 2018`), not from the code.
import { describe, expect, it } from 'vitest';
import { ruleDate, type DateRuleContext } from '../../src/domain/calendar/dateRules';
import { guatemalaTemplate } from '../../src/domain/calendar/templates';

/** Opening and deadline ('YYYY-MM-DD') of each fixed-date stage for a fiscal year. */
function fixedDates(fiscalYear: number): Record<string, [string, string]> {
  const ctx: DateRuleContext = { fiscalYear, utcOffset: '-06:00', jurisdiction: 'GT', approvals: {} };
  return Object.fromEntries(
    guatemalaTemplate.stages
      .filter((s) => s.start.kind === 'fixedDate' && s.deadline.kind === 'fixedDate')
      .map((s) => [s.code, [ruleDate(s.start, ctx)!, ruleDate(s.deadline, ctx)!]]),
  );
}

describe('Guatemala fixed dates on real years', () => {
  it('when the bill for 2019 was due on Sunday 2 September 2018, then it is due Friday 31 August, as it went; the anteproyecto of Sunday 15 July is due Friday 13 July', () => {
    const dates = fixedDates(2019);
    expect(dates.congress_submission).toEqual(['2018-08-31', '2018-08-31']);
    expect(dates.budget_proposal).toEqual(['2018-06-01', '2018-07-13']);
  });

  it('when the dates fall in 2027, then the anteproyecto and the bill fall on weekdays and stay; guideline dates on a weekend are kept', () => {
    expect(fixedDates(2028)).toEqual({
      guidelines: ['2027-01-02', '2027-02-28'], // Saturday and Sunday: guideline dates stay as written
      budget_formulation_rules: ['2027-01-02', '2027-03-31'], // Wednesday
      strategic_review: ['2027-02-01', '2027-03-31'],
      pom_poa: ['2027-03-01', '2027-04-30'],
      budget_ceilings: ['2027-05-01', '2027-06-15'],
      budget_proposal: ['2027-06-01', '2027-07-15'], // Thursday
      open_budget_hearings: ['2027-06-01', '2027-07-31'], // Saturday, kept
      consolidation: ['2027-07-16', '2027-08-31'],
      consolidation_feedback: ['2027-07-16', '2027-08-14'], // Saturday, kept
      congress_submission: ['2027-09-01', '2027-09-02'], // Wednesday and Thursday
      budget_approval: ['2027-09-03', '2027-11-30'],
      analytic_distribution: ['2027-12-01', '2028-01-15'], // Wednesday; Saturday 15 January 2028, kept
      poa_adjustment: ['2027-12-01', '2028-01-15'], // Saturday 15 January 2028, kept
    });
  });

  it('when the dates fall in 2028, then the anteproyecto of Saturday 15 July and the bill of Saturday 2 September fall back to Friday', () => {
    expect(fixedDates(2029)).toEqual({
      guidelines: ['2028-01-02', '2028-02-28'],
      budget_formulation_rules: ['2028-01-02', '2028-03-31'], // Friday
      strategic_review: ['2028-02-01', '2028-03-31'],
      pom_poa: ['2028-03-01', '2028-04-30'],
      budget_ceilings: ['2028-05-01', '2028-06-15'],
      budget_proposal: ['2028-06-01', '2028-07-14'],
      open_budget_hearings: ['2028-06-01', '2028-07-31'], // Monday
      consolidation: ['2028-07-16', '2028-08-31'],
      consolidation_feedback: ['2028-07-16', '2028-08-14'],
      congress_submission: ['2028-09-01', '2028-09-01'], // Friday 1 September opens and closes it
      budget_approval: ['2028-09-03', '2028-11-30'],
      analytic_distribution: ['2028-12-01', '2029-01-15'], // Friday; Monday 15 January 2029
      poa_adjustment: ['2028-12-01', '2029-01-15'],
    });
  });

  it('when the dates fall in 2029, then Sunday 15 July falls back to Friday 13 July and Saturday 1 / Sunday 2 September to Friday 31 August', () => {
    expect(fixedDates(2030)).toEqual({
      guidelines: ['2029-01-02', '2029-02-28'],
      budget_formulation_rules: ['2029-01-02', '2029-03-31'], // Saturday, kept
      strategic_review: ['2029-02-01', '2029-03-31'],
      pom_poa: ['2029-03-01', '2029-04-30'],
      budget_ceilings: ['2029-05-01', '2029-06-15'],
      budget_proposal: ['2029-06-01', '2029-07-13'],
      open_budget_hearings: ['2029-06-01', '2029-07-31'], // Tuesday
      consolidation: ['2029-07-16', '2029-08-31'],
      consolidation_feedback: ['2029-07-16', '2029-08-14'],
      congress_submission: ['2029-08-31', '2029-08-31'],
      budget_approval: ['2029-09-03', '2029-11-30'], // Friday 30 November
      analytic_distribution: ['2029-12-01', '2030-01-15'], // Saturday; Tuesday 15 January 2030
      poa_adjustment: ['2029-12-01', '2030-01-15'],
    });
  });
});
