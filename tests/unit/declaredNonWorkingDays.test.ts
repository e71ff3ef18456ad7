import { describe, expect, it } from 'vitest';
import { addDays, isBusinessDay, parseDate } from '../../src/domain/calendar/businessDays';
import { ruleDate, type DateRuleContext } from '../../src/domain/calendar/dateRules';
import { declaredNonWorkingDays, nonWorkingDayDecrees, withDeclaredNonWorkingDays } from '../../src/domain/calendar/declaredNonWorkingDays';
import { holidays } from '../../src/domain/calendar/holidays';
import type { DateRule } from '../../src/domain/calendar/template';
import { guatemalaTemplate, peruTemplate } from '../../src/domain/calendar/templates';

describe("Peru's declared días no laborables", () => {
  const decreed = nonWorkingDayDecrees('PE').flatMap((decree) => decree.dates.map((date) => ({ date, norm: decree.norm })));

  it('when the decrees are read, then every day is a real weekday that is not already a feriado, listed once', () => {
    expect(decreed.length).toBeGreaterThan(30);
    for (const { date, norm } of decreed) {
      const { year } = parseDate(date);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(weekday, `${date} (${norm}) cae en fin de semana`).not.toBeOneOf([0, 6]);
      expect(holidays('PE', year).has(date), `${date} (${norm}) ya es feriado`).toBe(false);
    }
    expect(new Set(decreed.map((d) => d.date)).size).toBe(decreed.length);
  });

  it('when a cycle of fiscal year 2026 freezes them, then it keeps the days from 2025 on, in order', () => {
    const days = declaredNonWorkingDays('PE', 2026);
    expect(days).toEqual(['2025-05-02', '2025-12-26', '2026-01-02']);
    expect(declaredNonWorkingDays('PE', 2025)).toEqual(['2024-01-02', '2024-07-26', '2024-10-07', '2024-12-06', '2024-12-23', '2024-12-24', '2024-12-30', '2024-12-31', '2025-05-02', '2025-12-26', '2026-01-02']);
  });

  it('when Guatemala or an unknown jurisdiction is asked, then there are none', () => {
    expect(declaredNonWorkingDays('GT', 2026)).toEqual([]);
    expect(declaredNonWorkingDays('XX', 2026)).toEqual([]);
  });

  it("when the template is frozen for a cycle, then Peru's gets the days with its own and Guatemala's stays as it is", () => {
    expect(withDeclaredNonWorkingDays(peruTemplate, 2026).declaredNonWorkingDays).toEqual(['2025-05-02', '2025-12-26', '2026-01-02']);
    const withOwn = withDeclaredNonWorkingDays({ ...peruTemplate, declaredNonWorkingDays: ['2026-01-02', '2025-11-14'] }, 2026);
    expect(withOwn.declaredNonWorkingDays).toEqual(['2025-05-02', '2025-11-14', '2025-12-26', '2026-01-02']);
    expect(withDeclaredNonWorkingDays(guatemalaTemplate, 2026)).toBe(guatemalaTemplate);
  });
});

describe('business days with declared non-working days', () => {
  const declared = declaredNonWorkingDays('PE', 2026);

  it('when Friday 26 December 2025 is declared non-working, then it is not a business day where the declaration is known', () => {
    expect(isBusinessDay('2025-12-26', 'PE')).toBe(true);
    expect(isBusinessDay('2025-12-26', 'PE', { declaredNonWorkingDays: declared })).toBe(false);
  });

  it('when two business days follow Wednesday 24 December 2025, then Christmas and the declared 26th are skipped', () => {
    expect(addDays('2025-12-24', 2, 'business', 'PE')).toBe('2025-12-29');
    expect(addDays('2025-12-24', 2, 'business', 'PE', { declaredNonWorkingDays: declared })).toBe('2025-12-30');
    expect(addDays('2025-12-24', 2, 'calendar', 'PE', { declaredNonWorkingDays: declared })).toBe('2025-12-26');
  });

  it('when a fixed 2 May 2025 falls back to the business day before, then it skips the declared day and 1 May to Wednesday 30 April', () => {
    const rule: DateRule = { kind: 'fixedDate', month: 5, day: 2, yearOffset: -1, adjustment: 'previousBusinessDay' };
    const peru: DateRuleContext = { fiscalYear: 2026, utcOffset: '-05:00', jurisdiction: 'PE', approvals: {} };
    expect(ruleDate(rule, peru)).toBe('2025-05-02');
    expect(ruleDate(rule, { ...peru, declaredNonWorkingDays: declared })).toBe('2025-04-30');
    expect(ruleDate({ ...rule, adjustment: 'exact' }, { ...peru, declaredNonWorkingDays: declared })).toBe('2025-05-02');
  });
});
