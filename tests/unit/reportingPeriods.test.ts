// The periods of the execution year: codes, labels, report due dates and the targets set for them.
import { describe, expect, it } from 'vitest';
import { lastMonth, parsePeriod, periodCode, periodLabel, periodOf, relativePeriod, reportDueDate, targetFor } from '../../src/domain/monitoring/reportingPeriods';

describe('relativePeriod and periodCode', () => {
  it('when a stage declares A, C1..C3 or 01..12, then it is accepted', () => {
    for (const value of ['A', 'C1', 'C3', '01', '09', '12']) expect(relativePeriod.safeParse(value).success).toBe(true);
  });

  it('when a stage declares C4, 13, 00, 3 or a full code, then it is rejected with a Spanish message', () => {
    for (const value of ['C4', '13', '00', '3', '2028-C1', 'a']) {
      const parsed = relativePeriod.safeParse(value);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain('El período debe ser A (año)');
    }
  });

  it('when an absolute code is checked, then only the year, cuatrimestre and month forms pass', () => {
    expect(['2028', '2028-C2', '2028-11'].map((v) => periodCode.safeParse(v).success)).toEqual([true, true, true]);
    expect(['28', '2028-C0', '2028-13', '2028-3', '2028-A'].map((v) => periodCode.safeParse(v).success)).toEqual([false, false, false, false, false]);
  });
});

describe('periodOf', () => {
  it('when a relative period is placed in the fiscal year, then the absolute code comes out', () => {
    expect(periodOf(2028, 'A')).toBe('2028');
    expect(periodOf(2028, 'C2')).toBe('2028-C2');
    expect(periodOf(2028, '03')).toBe('2028-03');
  });

  it('when the relative period or the year is not valid, then it throws saying which', () => {
    expect(() => periodOf(2028, 'C5')).toThrow('Período relativo inválido "C5"');
    expect(() => periodOf(28, 'A')).toThrow('Ejercicio fiscal inválido: 28');
  });
});

describe('parsePeriod', () => {
  it('when a period is a year, a cuatrimestre or a month, then its months are listed', () => {
    expect(parsePeriod('2028')).toEqual({ year: 2028, kind: 'year', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    expect(parsePeriod('2028-C1')).toEqual({ year: 2028, kind: 'fourMonth', months: [1, 2, 3, 4] });
    expect(parsePeriod('2028-C2')).toEqual({ year: 2028, kind: 'fourMonth', months: [5, 6, 7, 8] });
    expect(parsePeriod('2028-C3')).toEqual({ year: 2028, kind: 'fourMonth', months: [9, 10, 11, 12] });
    expect(parsePeriod('2028-03')).toEqual({ year: 2028, kind: 'month', months: [3] });
  });

  it('when the code is malformed, then it throws naming the code and the expected forms', () => {
    for (const bad of ['', '2028-C4', '2028-13', '2028-3', 'C1', '2028-Q1', ' 2028']) {
      expect(() => parsePeriod(bad)).toThrow(`Período inválido "${bad}": debe tener la forma 2028, 2028-C1 a 2028-C3 o 2028-01 a 2028-12`);
    }
  });
});

describe('periodLabel', () => {
  it('when a period is shown, then it reads in Spanish', () => {
    expect(periodLabel('2028')).toBe('2028');
    expect(periodLabel('2028-C1')).toBe('Primer cuatrimestre 2028');
    expect(periodLabel('2028-C2')).toBe('Segundo cuatrimestre 2028');
    expect(periodLabel('2028-C3')).toBe('Tercer cuatrimestre 2028');
    expect(periodLabel('2028-03')).toBe('marzo 2028');
    expect(periodLabel('2028-12')).toBe('diciembre 2028');
  });
});

describe('lastMonth', () => {
  it('when cumulative figures are read for a period, then they are read at its last month', () => {
    expect([lastMonth('2028'), lastMonth('2028-C1'), lastMonth('2028-C2'), lastMonth('2028-07')]).toEqual([12, 4, 8, 7]);
  });
});

describe('reportDueDate', () => {
  it('when a cuatrimestre ends, then its report is due 15 days later', () => {
    expect(reportDueDate('2028-C1')).toEqual({ year: 2028, month: 5, day: 15 });
    expect(reportDueDate('2028-C2')).toEqual({ year: 2028, month: 9, day: 15 });
  });

  it('when the period ends the year, then the report falls due in the next year', () => {
    expect(reportDueDate('2028-C3')).toEqual({ year: 2029, month: 1, day: 15 });
    expect(reportDueDate('2028-12')).toEqual({ year: 2029, month: 1, day: 15 });
    expect(reportDueDate('2028')).toEqual({ year: 2029, month: 1, day: 15 });
  });

  it('when February of a leap year is reported with 10 days, then the count starts from the 29th', () => {
    expect(reportDueDate('2028-02', 10)).toEqual({ year: 2028, month: 3, day: 10 });
    expect(reportDueDate('2027-02', 10)).toEqual({ year: 2027, month: 3, day: 10 });
    expect(reportDueDate('2028-02', 0)).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('when the days are negative or fractional, then it throws', () => {
    expect(() => reportDueDate('2028-C1', -1)).toThrow('Plazo inválido: -1 días');
    expect(() => reportDueDate('2028-C1', 1.5)).toThrow('Plazo inválido');
  });
});

describe('targetFor', () => {
  const targets = { '2028': 90, '2028-C1': 30, '2028-01': 8, '2028-02': 8, '2028-03': 8, '2028-04': 8, '2028-05': 7 };

  it('when the period has its own target, then that target is used', () => {
    expect(targetFor(targets, '2028')).toBe(90);
    expect(targetFor(targets, '2028-C1')).toBe(30);
    expect(targetFor(targets, '2028-05')).toBe(7);
  });

  it('when the period has no own target, then there is none, even if its months have one', () => {
    expect(targetFor({ '2028-05': 7, '2028-06': 7, '2028-07': 7, '2028-08': 7 }, '2028-C2')).toBeUndefined();
    expect(targetFor({ '2028-C1': 30 }, '2028')).toBeUndefined();
    expect(targetFor(targets, '2029')).toBeUndefined();
  });

  it('when the period code is malformed, then it throws instead of finding nothing', () => {
    expect(() => targetFor(targets, '2028-C9')).toThrow('Período inválido "2028-C9"');
  });
});
