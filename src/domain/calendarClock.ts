// Calendar time against workflow time. At scale 1 they are the same; a demo or a test can run
// the calendar compressed (scale 100000: a year in about five minutes) through the very same
// code paths, since every timer is computed from calendar dates through this clock.
export interface CalendarClock {
  /** Calendar milliseconds per real millisecond. */
  scale: number;
  /** The real instant at which the calendar read `calendarEpoch`. */
  realEpoch: string;
  calendarEpoch: string;
}

export const realTime: CalendarClock = { scale: 1, realEpoch: '2000-01-01T00:00:00.000Z', calendarEpoch: '2000-01-01T00:00:00.000Z' };

export function compressedClock(scale: number, realNow: string, calendarStart: string): CalendarClock {
  return { scale, realEpoch: realNow, calendarEpoch: calendarStart };
}

/** The calendar instant that corresponds to a real instant. */
export function calendarNow(clock: CalendarClock, realMs: number): string {
  return new Date(Date.parse(clock.calendarEpoch) + (realMs - Date.parse(clock.realEpoch)) * clock.scale).toISOString();
}

/** Real milliseconds from `realMs` until the calendar reaches `calendarIso` (at least 1). */
export function realMsUntil(clock: CalendarClock, calendarIso: string, realMs: number): number {
  const calendarMs = Date.parse(calendarIso) - Date.parse(calendarNow(clock, realMs));
  return Math.max(1, Math.ceil(calendarMs / clock.scale));
}
