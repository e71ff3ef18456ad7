import { describe, expect, it } from 'vitest';
import { resolveDateRule, ruleDate, stageWindow, withExactDates, type DateRuleContext } from '../../src/domain/calendar/dateRules';
import type { DateRule } from '../../src/domain/calendar/template';
import { guatemalaTemplate } from '../../src/domain/calendar/templates';

const gt: DateRuleContext = { fiscalYear: 2028, utcOffset: '-06:00', jurisdiction: 'GT', approvals: {} };

describe('resolveDateRule: fixed dates', () => {
  it('when a fixed date is in the year before the fiscal year, then it resolves to the end of that day in the zone', () => {
    expect(resolveDateRule({ kind: 'fixedDate', month: 3, day: 31, yearOffset: -1 }, gt)).toBe('2027-04-01T05:59:59.000Z');
    expect(resolveDateRule({ kind: 'fixedDate', month: 3, day: 31, yearOffset: -1 }, { ...gt, utcOffset: '-05:00' })).toBe('2027-04-01T04:59:59.000Z');
  });

  it('when a fixed date is in the fiscal year itself, then the year is the fiscal year', () => {
    expect(resolveDateRule({ kind: 'fixedDate', month: 1, day: 15, yearOffset: 0 }, gt)).toBe('2028-01-16T05:59:59.000Z');
    expect(resolveDateRule({ kind: 'fixedDate', month: 1, day: 15, yearOffset: 0 }, { ...gt, fiscalYear: 2030 })).toBe('2030-01-16T05:59:59.000Z');
  });

  it('when the rule says 29 February, then a leap year keeps it and a common year falls back to the 28th', () => {
    const leapDay: DateRule = { kind: 'fixedDate', month: 2, day: 29, yearOffset: -1 };
    expect(ruleDate(leapDay, { ...gt, fiscalYear: 2029 })).toBe('2028-02-29');
    expect(ruleDate(leapDay, gt)).toBe('2027-02-28');
  });

  it('when an impossible date slips past the schema, then it throws', () => {
    expect(() => resolveDateRule({ kind: 'fixedDate', month: 4, day: 31, yearOffset: -1 }, gt)).toThrow(/31\/4\/2027/);
  });

  it('when a fixed date falls on a weekend, then it is not moved', () => {
    // 28 February 2027 is a Sunday: fixed dates are taken as written.
    expect(ruleDate({ kind: 'fixedDate', month: 2, day: 28, yearOffset: -1 }, gt)).toBe('2027-02-28');
  });
});

describe('resolveDateRule: after an approval', () => {
  const tenBusinessDays: DateRule = { kind: 'afterApproval', stage: 'budget_ceilings', days: 10, dayKind: 'business' };
  const sameDay: DateRule = { kind: 'afterApproval', stage: 'budget_ceilings', days: 0, dayKind: 'calendar' };

  it('when the approval is not yet recorded, then the rule resolves to null', () => {
    expect(resolveDateRule(tenBusinessDays, gt)).toBeNull();
    expect(resolveDateRule(sameDay, { ...gt, approvals: { guidelines: '2027-02-20T16:00:00.000Z' } })).toBeNull();
  });

  it('when the approval is recorded late in the local evening, then the local date, not the UTC date, counts', () => {
    // 03:00 UTC on 16 June is 21:00 on 15 June in Guatemala.
    const ctx = { ...gt, approvals: { budget_ceilings: '2027-06-16T03:00:00.000Z' } };
    expect(resolveDateRule(sameDay, ctx)).toBe('2027-06-16T05:59:59.000Z');
    expect(resolveDateRule({ ...sameDay, days: 3 }, ctx)).toBe('2027-06-19T05:59:59.000Z');
  });

  it('when business days are counted after an approval, then weekends and the moved 30 June holiday are skipped', () => {
    // Tuesday 15 June 2027 + 10 business days; Monday 28 June is the Army Day holiday in 2027.
    const ctx = { ...gt, approvals: { budget_ceilings: '2027-06-15T18:00:00.000Z' } };
    expect(resolveDateRule(tenBusinessDays, ctx)).toBe('2027-07-01T05:59:59.000Z');
  });

  it('when zero business days follow an approval on a Saturday, then the rule lands on Monday', () => {
    const ctx = { ...gt, approvals: { budget_ceilings: '2027-06-19T18:00:00.000Z' } };
    expect(ruleDate({ ...tenBusinessDays, days: 0 }, ctx)).toBe('2027-06-21');
  });
});

describe('stageWindow', () => {
  const stage = {
    start: { kind: 'afterApproval', stage: 'budget_ceilings', days: 0, dayKind: 'calendar' } as const,
    deadline: { kind: 'fixedDate', month: 7, day: 15, yearOffset: -1 } as const,
  };

  it('when the start waits on an approval, then only the deadline is known', () => {
    expect(stageWindow(stage, gt)).toEqual({ opensAt: null, deadline: '2027-07-16T05:59:59.000Z' });
  });

  it('when the approval is known, then the stage opens at the start of that local day', () => {
    const ctx = { ...gt, approvals: { budget_ceilings: '2027-06-15T18:00:00.000Z' } };
    expect(stageWindow(stage, ctx)).toEqual({ opensAt: '2027-06-15T06:00:00.000Z', deadline: '2027-07-16T05:59:59.000Z' });
  });
});

describe('ruleDate: a date on a weekend or holiday', () => {
  const onFifteenthSeptember = (adjustment?: 'exact' | 'previousBusinessDay' | 'nextBusinessDay'): DateRule => ({ kind: 'fixedDate', month: 9, day: 15, yearOffset: -1, ...(adjustment ? { adjustment } : {}) });

  it('when 2 September 2018 (a Sunday) is due the business day before, then it is Friday 31 August', () => {
    const rule: DateRule = { kind: 'fixedDate', month: 9, day: 2, yearOffset: -1, adjustment: 'previousBusinessDay' };
    expect(ruleDate(rule, { ...gt, fiscalYear: 2019 })).toBe('2018-08-31');
    expect(resolveDateRule(rule, { ...gt, fiscalYear: 2019 })).toBe('2018-09-01T05:59:59.000Z');
    expect(ruleDate({ ...rule, adjustment: 'nextBusinessDay' }, { ...gt, fiscalYear: 2019 })).toBe('2018-09-03');
    expect(ruleDate({ ...rule, adjustment: 'exact' }, { ...gt, fiscalYear: 2019 })).toBe('2018-09-02');
  });

  it('when the date is a holiday on a weekday, then it moves past the holiday only', () => {
    // Wednesday 15 September 2027, Independence Day.
    expect(ruleDate(onFifteenthSeptember('previousBusinessDay'), gt)).toBe('2027-09-14');
    expect(ruleDate(onFifteenthSeptember('nextBusinessDay'), gt)).toBe('2027-09-16');
    expect(ruleDate(onFifteenthSeptember('exact'), gt)).toBe('2027-09-15');
    expect(ruleDate(onFifteenthSeptember(), gt)).toBe('2027-09-15');
  });

  it('when a holiday is followed by a weekend, then the next business day skips both', () => {
    // Friday 1 January 2027, then Saturday and Sunday; Thursday 31 December counts (offices open until noon).
    const newYear: DateRule = { kind: 'fixedDate', month: 1, day: 1, yearOffset: -1, adjustment: 'nextBusinessDay' };
    expect(ruleDate(newYear, gt)).toBe('2027-01-04');
    expect(ruleDate({ ...newYear, adjustment: 'previousBusinessDay' }, gt)).toBe('2026-12-31');
  });

  it('when the date is already a business day, then no adjustment moves it', () => {
    const tuesday: DateRule = { kind: 'fixedDate', month: 9, day: 14, yearOffset: -1, adjustment: 'previousBusinessDay' };
    expect(ruleDate(tuesday, gt)).toBe('2027-09-14');
    expect(ruleDate({ ...tuesday, adjustment: 'nextBusinessDay' }, gt)).toBe('2027-09-14');
  });

  it('when calendar days after an approval land on a Saturday, then the adjustment moves them too', () => {
    // Tuesday 15 June 2027 + 4 calendar days is Saturday 19 June.
    const rule: DateRule = { kind: 'afterApproval', stage: 'budget_ceilings', days: 4, dayKind: 'calendar', adjustment: 'nextBusinessDay' };
    expect(ruleDate(rule, { ...gt, approvals: { budget_ceilings: '2027-06-15T18:00:00.000Z' } })).toBe('2027-06-21');
  });

  it('when a cycle predates adjustments, then its stages read every date as written', () => {
    const congress = guatemalaTemplate.stages.filter((s) => s.code === 'congress_submission');
    const ctx = { ...gt, fiscalYear: 2019 };
    // Saturday 1 and Sunday 2 September 2018 fall back to Friday 31 August; as written they stay.
    expect(stageWindow(congress[0]!, ctx)).toEqual({ opensAt: '2018-08-31T06:00:00.000Z', deadline: '2018-09-01T05:59:59.000Z' });
    expect(stageWindow(withExactDates(congress)[0]!, ctx)).toEqual({ opensAt: '2018-09-01T06:00:00.000Z', deadline: '2018-09-03T05:59:59.000Z' });
  });
});

describe('ruleDate: holidays by municipality', () => {
  // Tuesday 15 August 2028 is Guatemala City's holiday (Virgen de la Asunción), not the nation's.
  const guatemalaCity: DateRuleContext = { ...gt, fiscalYear: 2029, municipalityCode: '0101' };
  const mixco: DateRuleContext = { ...gt, fiscalYear: 2029, municipalityCode: '0108' };
  const national: DateRuleContext = { ...gt, fiscalYear: 2029 };

  it('when five business days follow an approval on Monday 14 August 2028, then Guatemala City is due a day later than elsewhere', () => {
    const rule: DateRule = { kind: 'afterApproval', stage: 'budget_ceilings', days: 5, dayKind: 'business' };
    const approvals = { budget_ceilings: '2028-08-14T18:00:00.000Z' };
    expect(ruleDate(rule, { ...national, approvals })).toBe('2028-08-21');
    expect(ruleDate(rule, { ...mixco, approvals })).toBe('2028-08-21');
    expect(ruleDate(rule, { ...guatemalaCity, approvals })).toBe('2028-08-22');
    expect(resolveDateRule(rule, { ...guatemalaCity, approvals })).toBe('2028-08-23T05:59:59.000Z');
  });

  it('when a fixed 15 August falls back to a business day, then only Guatemala City moves it', () => {
    const rule: DateRule = { kind: 'fixedDate', month: 8, day: 15, yearOffset: -1, adjustment: 'previousBusinessDay' };
    expect(ruleDate(rule, guatemalaCity)).toBe('2028-08-14');
    expect(ruleDate(rule, mixco)).toBe('2028-08-15');
    expect(ruleDate(rule, national)).toBe('2028-08-15');
  });
});
