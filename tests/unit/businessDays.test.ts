import { describe, expect, it } from 'vitest';
import { addDays, endOfLocalDay, isBusinessDay, localDate, startOfLocalDay } from '../../src/domain/calendar/businessDays';

describe('isBusinessDay', () => {
  it('when the day is a weekday and not a holiday, then it is a business day; weekends and holidays are not', () => {
    expect(isBusinessDay('2027-03-24', 'GT')).toBe(true); // Holy Wednesday (half day)
    expect(isBusinessDay('2027-03-25', 'GT')).toBe(false); // Holy Thursday
    expect(isBusinessDay('2027-03-20', 'GT')).toBe(false); // Saturday
    expect(isBusinessDay('2027-03-21', 'GT')).toBe(false); // Sunday
    expect(isBusinessDay('2027-12-24', 'GT')).toBe(true); // half day, counted as business
    expect(isBusinessDay('2027-06-07', 'PE')).toBe(false); // Monday, Batalla de Arica
    expect(isBusinessDay('2027-06-07', 'GT')).toBe(true);
    expect(isBusinessDay('2028-08-15', 'GT')).toBe(true); // Tuesday, a holiday only in Guatemala City
    expect(isBusinessDay('2028-08-15', 'GT', { municipalityCode: '0101' })).toBe(false);
    expect(isBusinessDay('2028-08-15', 'GT', { municipalityCode: '0108' })).toBe(true);
  });

  it('when the date is not a real date or the jurisdiction is unknown, then it throws', () => {
    expect(() => isBusinessDay('2027-02-29', 'GT')).toThrow(/2027-02-29/);
    expect(() => isBusinessDay('27-3-1', 'GT')).toThrow(/27-3-1/);
    expect(() => isBusinessDay('2027-03-01', 'XX')).toThrow(/XX/);
  });
});

describe('addDays', () => {
  it('when business days are added across Holy Week and a weekend, then the holidays and the weekend are skipped', () => {
    // Wednesday 24 March 2027; Thursday to Sunday are off in Guatemala.
    expect(addDays('2027-03-24', 1, 'business', 'GT')).toBe('2027-03-29');
    expect(addDays('2027-03-24', 3, 'business', 'GT')).toBe('2027-03-31');
    expect(addDays('2027-03-23', 2, 'business', 'PE')).toBe('2027-03-29');
  });

  it('when business days are added across 30 June in Guatemala, then the Monday the holiday moved to is skipped', () => {
    // 2025: 30 June is a Monday and stays.
    expect(addDays('2025-06-27', 1, 'business', 'GT')).toBe('2025-07-01');
    // 2027: 30 June is a Wednesday; the holiday is Monday 28 June and 30 June is worked.
    expect(addDays('2027-06-25', 1, 'business', 'GT')).toBe('2027-06-29');
    expect(addDays('2027-06-29', 1, 'business', 'GT')).toBe('2027-06-30');
    // 2023: 30 June is a Friday worked; the holiday is Monday 3 July.
    expect(addDays('2023-06-30', 1, 'business', 'GT')).toBe('2023-07-04');
  });

  it('when zero business days are added, then a business day stays and a day off moves to the next business day', () => {
    expect(addDays('2027-03-24', 0, 'business', 'GT')).toBe('2027-03-24');
    expect(addDays('2027-03-25', 0, 'business', 'GT')).toBe('2027-03-29');
    expect(addDays('2027-03-27', 0, 'business', 'PE')).toBe('2027-03-29');
  });

  it('when calendar days are added, then holidays and weekends count and months and years roll over', () => {
    expect(addDays('2027-03-24', 1, 'calendar', 'GT')).toBe('2027-03-25');
    expect(addDays('2027-12-25', 10, 'calendar', 'GT')).toBe('2028-01-04');
    expect(addDays('2028-02-28', 1, 'calendar', 'GT')).toBe('2028-02-29');
    expect(addDays('2027-03-24', 0, 'calendar', 'GT')).toBe('2027-03-24');
  });

  it('when n is negative or not whole, then it throws', () => {
    expect(() => addDays('2027-03-24', -1, 'calendar', 'GT')).toThrow(/-1/);
    expect(() => addDays('2027-03-24', 1.5, 'business', 'GT')).toThrow(/1.5/);
  });
});

describe('local days', () => {
  it('when a day ends in Guatemala or Peru, then the instant is 23:59:59 local in UTC', () => {
    expect(endOfLocalDay('2027-03-31', '-06:00')).toBe('2027-04-01T05:59:59.000Z');
    expect(endOfLocalDay('2027-03-31', '-05:00')).toBe('2027-04-01T04:59:59.000Z');
    expect(endOfLocalDay('2027-12-31', '-06:00')).toBe('2028-01-01T05:59:59.000Z');
    expect(endOfLocalDay('2027-03-31', '+05:30')).toBe('2027-03-31T18:29:59.000Z');
    expect(startOfLocalDay('2027-03-31', '-06:00')).toBe('2027-03-31T06:00:00.000Z');
  });

  it('when an instant is read in a zone, then its local date can differ from its UTC date', () => {
    expect(localDate('2027-04-01T05:59:59.000Z', '-06:00')).toBe('2027-03-31');
    expect(localDate('2027-04-01T06:00:00.000Z', '-06:00')).toBe('2027-04-01');
    expect(localDate('2027-04-01T05:59:59.000Z', '-05:00')).toBe('2027-04-01');
    expect(localDate('2027-03-31T18:30:00.000Z', '+05:30')).toBe('2027-04-01');
    expect(localDate('2028-01-01T03:00:00.000Z', '-06:00')).toBe('2027-12-31');
  });

  it('when the end of a local day is read back in that zone, then it is the same date', () => {
    for (const date of ['2027-01-01', '2027-06-30', '2028-02-29', '2027-12-31']) {
      expect(localDate(endOfLocalDay(date, '-06:00'), '-06:00')).toBe(date);
      expect(localDate(startOfLocalDay(date, '-05:00'), '-05:00')).toBe(date);
    }
  });

  it('when the offset or the instant is malformed, then it throws', () => {
    expect(() => endOfLocalDay('2027-03-31', '-6')).toThrow(/-6/);
    expect(() => localDate('ayer', '-06:00')).toThrow(/ayer/);
  });
});
