import { describe, expect, it } from 'vitest';
import { calendarNow, compressedClock, realMsUntil, realTime } from '../../src/domain/calendarClock';

describe('calendar clock', () => {
  it('when at scale 1, then calendar time is real time', () => {
    const now = Date.parse('2026-11-24T10:00:00.000Z');
    expect(calendarNow(realTime, now)).toBe('2026-11-24T10:00:00.000Z');
    expect(realMsUntil(realTime, '2026-11-25T10:00:00.000Z', now)).toBe(86_400_000);
  });

  it('when compressed 100000 times, then a year passes in about five real minutes', () => {
    const start = Date.parse('2026-11-24T10:00:00.000Z');
    const clock = compressedClock(100_000, '2026-11-24T10:00:00.000Z', '2027-01-01T00:00:00.000Z');
    expect(calendarNow(clock, start + 1000)).toBe('2027-01-02T03:46:40.000Z');
    expect(realMsUntil(clock, '2028-01-01T00:00:00.000Z', start)).toBe(315_360);
  });

  it('when the calendar instant is already past, then the wait is the minimum', () => {
    expect(realMsUntil(realTime, '2020-01-01T00:00:00.000Z', Date.parse('2026-01-01T00:00:00.000Z'))).toBe(1);
  });
});
