// The console's dates (admin/src/dates.ts): shown, counted and typed in the institution's time
// zone, whatever the browser's. Offsets are read from Intl, so a zone with DST works as well.
import { describe, expect, it } from 'vitest';
import { daysUntil, DEFAULT_TIME_ZONE, formatDate, formatDateTime, isoToLocal, localToIso } from '../../admin/src/dates';

/** The zone's offset at an instant as Intl says it ("GMT-05:00"), so the test does not guess. */
const offsetAt = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')!.value;

describe('console dates in the institution time zone', () => {
  // 03:30 UTC on 15 April is still the 14th in Guatemala (UTC-6) and in Lima (UTC-5).
  const lateEvening = '2027-04-15T03:30:00.000Z';
  // 05:30 UTC: the 14th in Guatemala (23:30), already the 15th in Lima (00:30).
  const aroundMidnight = '2027-04-15T05:30:00.000Z';

  it('when no zone is given, then Guatemala is the default', () => {
    expect(DEFAULT_TIME_ZONE).toBe('America/Guatemala');
    expect(formatDateTime(aroundMidnight, 'en')).toBe(formatDateTime(aroundMidnight, 'en', 'America/Guatemala'));
  });

  it('when a deadline is near midnight, then Guatemala and Lima show different days and hours', () => {
    expect(formatDate(aroundMidnight, 'en', 'America/Guatemala')).toBe('Apr 14, 2027');
    expect(formatDate(aroundMidnight, 'en', 'America/Lima')).toBe('Apr 15, 2027');
    expect(formatDateTime(lateEvening, 'en', 'America/Guatemala')).toMatch(/^Apr 14, 2027, 9:30\sPM$/);
    expect(formatDateTime(lateEvening, 'en', 'America/Lima')).toMatch(/^Apr 14, 2027, 10:30\sPM$/);
  });

  it('when the zone is Mexico City, then the hour follows whatever offset Intl gives it then', () => {
    // Mexico dropped DST in 2022: today it matches Guatemala; in the summer of 2021 it was an hour ahead.
    expect(offsetAt('2027-07-15T12:00:00Z', 'America/Mexico_City')).toBe('GMT-06:00');
    expect(offsetAt('2021-07-15T12:00:00Z', 'America/Mexico_City')).toBe('GMT-05:00');
    expect(formatDateTime('2027-07-15T23:00:00Z', 'en', 'America/Mexico_City')).toMatch(/5:00\sPM$/);
    expect(formatDateTime('2021-07-15T23:00:00Z', 'en', 'America/Mexico_City')).toMatch(/6:00\sPM$/);
  });

  it('when today and the deadline straddle midnight, then days are counted on the zone calendar', () => {
    const now = new Date('2027-04-14T04:00:00Z'); // 13 April 22:00 in Guatemala, 23:00 in Lima
    expect(daysUntil(aroundMidnight, now, 'America/Guatemala')).toBe(1);
    expect(daysUntil(aroundMidnight, now, 'America/Lima')).toBe(2);
    // One hour later it is the 14th in Lima, still the 13th in Guatemala.
    const later = new Date('2027-04-14T05:00:00Z');
    expect(daysUntil(aroundMidnight, later, 'America/Guatemala')).toBe(1);
    expect(daysUntil(aroundMidnight, later, 'America/Lima')).toBe(1);
    expect(daysUntil('2027-04-13T12:00:00Z', later, 'America/Lima')).toBe(-1);
    expect(daysUntil(null, later, 'America/Lima')).toBeNull();
  });

  it('when a datetime-local value is read in a zone, then it gets that zone offset and comes back the same', () => {
    expect(localToIso('2027-04-15T17:00', 'America/Guatemala')).toBe('2027-04-15T17:00:00-06:00');
    expect(localToIso('2027-04-15T17:00', 'America/Lima')).toBe('2027-04-15T17:00:00-05:00');
    expect(isoToLocal('2027-04-15T23:00:00.000Z', 'America/Guatemala')).toBe('2027-04-15T17:00');
    expect(isoToLocal('2027-04-15T23:00:00.000Z', 'America/Lima')).toBe('2027-04-15T18:00');
    for (const timeZone of ['America/Guatemala', 'America/Lima', 'America/Mexico_City']) {
      expect(isoToLocal(localToIso('2027-12-31T23:59', timeZone), timeZone)).toBe('2027-12-31T23:59');
    }
  });

  it('when the zone has DST, then each side of the change gets its own offset', () => {
    // New York: clocks go forward on 14 March 2027 and back on 7 November 2027.
    expect(offsetAt('2027-03-13T17:00:00Z', 'America/New_York')).toBe('GMT-05:00');
    expect(offsetAt('2027-03-15T17:00:00Z', 'America/New_York')).toBe('GMT-04:00');
    expect(localToIso('2027-03-13T12:00', 'America/New_York')).toBe('2027-03-13T12:00:00-05:00');
    expect(localToIso('2027-03-15T12:00', 'America/New_York')).toBe('2027-03-15T12:00:00-04:00');
    expect(localToIso('2027-11-06T12:00', 'America/New_York')).toBe('2027-11-06T12:00:00-04:00');
    expect(localToIso('2027-11-08T12:00', 'America/New_York')).toBe('2027-11-08T12:00:00-05:00');
    for (const local of ['2027-03-14T01:59', '2027-03-14T03:00', '2027-11-07T00:30', '2027-11-07T02:00']) {
      expect(isoToLocal(localToIso(local, 'America/New_York'), 'America/New_York')).toBe(local);
    }
    // 01:30 on 7 November happens twice: the first (still -04:00) is taken.
    expect(localToIso('2027-11-07T01:30', 'America/New_York')).toBe('2027-11-07T01:30:00-04:00');
    // 02:30 on 14 March never happens: the clocks jumped from 02:00 to 03:00.
    expect(localToIso('2027-03-14T02:30', 'America/New_York')).toBe('2027-03-14T03:30:00-04:00');
  });

  it('when the zone is east of Greenwich and has DST, then the skipped hour also moves forward', () => {
    expect(localToIso('2027-03-28T02:30', 'Europe/Berlin')).toBe('2027-03-28T03:30:00+02:00');
    expect(localToIso('2027-10-31T02:30', 'Europe/Berlin')).toBe('2027-10-31T02:30:00+02:00');
  });

  it('when the value is malformed or empty, then nothing is made up', () => {
    expect(localToIso('', 'America/Lima')).toBeNull();
    expect(localToIso('2027-02-30T10:00', 'America/Lima')).toBeNull();
    expect(localToIso('2027-04-15T24:00', 'America/Lima')).toBeNull();
    expect(isoToLocal(null, 'America/Lima')).toBe('');
    expect(isoToLocal('not a date', 'America/Lima')).toBe('');
    expect(formatDate(undefined, 'es', 'America/Lima')).toBe('');
  });
});
