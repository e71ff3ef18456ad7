import { describe, expect, it } from 'vitest';
import { daysToDeadline, msUntil, reminderTime } from '../../src/domain/deadlines';
import { nextLocalTime } from '../../src/domain/dailyTime';
import { strategicReview } from '../../src/domain/stageCatalog';

describe('deadlines', () => {
  it('when the strategic review of fiscal year 2028 is due, then it is 31 March 2027 at midnight in Guatemala', () => {
    expect(strategicReview.deadline(2028)).toBe('2027-04-01T05:59:59.000Z');
  });

  it('when a reminder is 7 days before, then it falls 7 days earlier', () => {
    expect(reminderTime('2027-04-01T05:59:59.000Z', 7)).toBe('2027-03-25T05:59:59.000Z');
  });

  it('when the deadline is past, then msUntil is zero and days are negative', () => {
    const now = Date.parse('2027-04-03T12:00:00Z');
    expect(msUntil('2027-04-01T05:59:59.000Z', now)).toBe(0);
    expect(daysToDeadline('2027-04-01T05:59:59.000Z', now)).toBe(-3);
    expect(daysToDeadline('2027-04-01T05:59:59.000Z', Date.parse('2027-03-30T06:00:00Z'))).toBe(2);
  });
});

describe('nextLocalTime', () => {
  it('when it is before 7:00 in Guatemala, then the digest is today at 7:00; after, tomorrow', () => {
    expect(nextLocalTime('2027-03-10T12:00:00.000Z', 7, '-06:00')).toEqual({ at: '2027-03-10T13:00:00.000Z', localDate: '2027-03-10' });
    expect(nextLocalTime('2027-03-10T13:00:00.000Z', 7, '-06:00')).toEqual({ at: '2027-03-11T13:00:00.000Z', localDate: '2027-03-11' });
    expect(nextLocalTime('2027-03-11T05:30:00.000Z', 7, '-06:00')).toEqual({ at: '2027-03-11T13:00:00.000Z', localDate: '2027-03-11' });
  });
});
