import { describe, expect, it } from 'vitest';
import { easterSunday, holidays, supportedJurisdictions } from '../../src/domain/calendar/holidays';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('when the year is %i, then Easter Sunday is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('when the year is not a Gregorian year, then it throws', () => {
    expect(() => easterSunday(1200)).toThrow(/1200/);
    expect(() => easterSunday(2027.5)).toThrow();
  });
});

describe('holidays', () => {
  it('when Guatemala is asked for 2027, then Holy Thursday, Friday and Saturday are holidays but Holy Wednesday is not', () => {
    const gt = holidays('GT', 2027);
    expect(gt.has('2027-03-25')).toBe(true);
    expect(gt.has('2027-03-26')).toBe(true);
    expect(gt.has('2027-03-27')).toBe(true);
    expect(gt.has('2027-03-24')).toBe(false);
    expect(gt.has('2027-03-28')).toBe(false); // Easter Sunday is a Sunday, not listed
  });

  it('when Guatemala is asked for 2027, then the fixed days are there and the half days of 24 and 31 December are not', () => {
    const gt = holidays('GT', 2027);
    for (const date of ['2027-01-01', '2027-05-01', '2027-09-15', '2027-10-20', '2027-11-01', '2027-12-25']) {
      expect(gt.has(date), date).toBe(true);
    }
    expect(gt.has('2027-12-24')).toBe(false);
    expect(gt.has('2027-12-31')).toBe(false);
    expect(gt.size).toBe(10);
  });

  it.each([
    [2022, '2022-07-04'], // Thursday: the Monday after
    [2023, '2023-07-03'], // Friday: the Monday after
    [2024, '2024-07-01'], // Sunday: the Monday after
    [2025, '2025-06-30'], // Monday: stays
    [2026, '2026-06-29'], // Tuesday: the Monday before
    [2027, '2027-06-28'], // Wednesday: the Monday before
  ])('when 30 June %i moves under Decreto 19-2018, then the Army Day holiday is %s', (year, expected) => {
    const gt = holidays('GT', year);
    expect(gt.has(expected)).toBe(true);
    if (expected !== `${year}-06-30`) expect(gt.has(`${year}-06-30`)).toBe(false);
  });

  it('when Peru is asked for 2027, then Holy Thursday and Good Friday are holidays but Holy Saturday is not', () => {
    const pe = holidays('PE', 2027);
    expect(pe.has('2027-03-25')).toBe(true);
    expect(pe.has('2027-03-26')).toBe(true);
    expect(pe.has('2027-03-27')).toBe(false);
  });

  it('when Peru is asked for 2028, then its sixteen national holidays are listed', () => {
    expect([...holidays('PE', 2028)].sort()).toEqual([
      '2028-01-01',
      '2028-04-13',
      '2028-04-14',
      '2028-05-01',
      '2028-06-07',
      '2028-06-29',
      '2028-07-23',
      '2028-07-28',
      '2028-07-29',
      '2028-08-06',
      '2028-08-30',
      '2028-10-08',
      '2028-11-01',
      '2028-12-08',
      '2028-12-09',
      '2028-12-25',
    ]);
  });

  it('when a caller changes the returned set, then later calls are not affected', () => {
    holidays('GT', 2027).delete('2027-01-01');
    expect(holidays('GT', 2027).has('2027-01-01')).toBe(true);
  });

  it('when the jurisdiction is unknown, then the error names it', () => {
    expect(() => holidays('MX', 2027)).toThrow(/MX/);
    expect(supportedJurisdictions).toEqual(['GT', 'PE']);
  });
});

describe('holidays by municipality', () => {
  it('when Guatemala City (0101) is asked for, then 15 August, its fiesta, is added to the national holidays', () => {
    const national = holidays('GT', 2028);
    const guatemalaCity = holidays('GT', 2028, '0101');
    expect(national.has('2028-08-15')).toBe(false);
    expect(guatemalaCity.has('2028-08-15')).toBe(true);
    expect([...guatemalaCity].filter((day) => !national.has(day))).toEqual(['2028-08-15']);
    expect([...national].every((day) => guatemalaCity.has(day))).toBe(true);
  });

  it('when another municipality (Mixco, 0108) is asked for, then only the national holidays count', () => {
    expect(holidays('GT', 2028, '0108')).toEqual(holidays('GT', 2028));
    expect(holidays('GT', 2028, '0108').has('2028-08-15')).toBe(false);
  });

  it('when Peru is asked with a Guatemalan municipality code, then the code adds nothing', () => {
    expect(holidays('PE', 2028, '0101')).toEqual(holidays('PE', 2028));
  });
});
