// Calendar arithmetic for deadlines. Pure and deterministic (imported by workflow code):
// calendar dates are 'YYYY-MM-DD' strings, instants are ISO strings in UTC, and zones are
// fixed UTC offsets ('-06:00'); Date is used only through Date.UTC and Date.parse.
import { holidays } from './holidays';

export type DayKind = 'calendar' | 'business';

/** What a date that is not a business day becomes: taken as written, or moved to the nearest business day before or after it. */
export type DateAdjustment = 'exact' | 'previousBusinessDay' | 'nextBusinessDay';

const dayMs = 24 * 60 * 60 * 1000;

/** Days in a month of a year (Gregorian leap years). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a 'YYYY-MM-DD' date, rejecting anything that is not a real calendar date. */
export function parseDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`fecha inválida (se espera AAAA-MM-DD): ${date}`);
  }
  return { year, month, day };
}

function utcMidnight(date: string): number {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day);
}

function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `n` calendar days later (n may be negative). */
function shift(date: string, n: number): string {
  return formatUtcDate(utcMidnight(date) + n * dayMs);
}

/** Minutes east of UTC of a fixed offset such as '-06:00' or '+05:30'. */
export function offsetMinutes(utcOffset: string): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
  const hours = Number(match?.[2]);
  const minutes = Number(match?.[3]);
  if (!match || hours > 14 || minutes > 59) throw new Error(`desfase UTC inválido (se espera -06:00): ${utcOffset}`);
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

// Holidays per jurisdiction and year, computed once. Deterministic, so safe in workflows.
const holidayCache = new Map<string, ReadonlySet<string>>();

function holidaysOf(jurisdiction: string, year: number, municipalityCode?: string): ReadonlySet<string> {
  const key = `${jurisdiction}:${municipalityCode ?? ''}:${year}`;
  let set = holidayCache.get(key);
  if (!set) {
    set = holidays(jurisdiction, year, municipalityCode);
    holidayCache.set(key, set);
  }
  return set;
}

/**
 * Where a deadline runs, beyond its jurisdiction: the municipality whose local holidays count
 * too, and the days declared non-working for the public sector ('YYYY-MM-DD', frozen with the
 * cycle: see declaredNonWorkingDays.ts).
 */
export interface WorkPlace {
  municipalityCode?: string;
  declaredNonWorkingDays?: readonly string[];
}

/** Monday to Friday, not an official holiday of the jurisdiction or the municipality, and not declared non-working. */
export function isBusinessDay(date: string, jurisdiction: string, place: WorkPlace = {}): boolean {
  const { year } = parseDate(date);
  const weekday = new Date(utcMidnight(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(jurisdiction, year, place.municipalityCode).has(date) && !(place.declaredNonWorkingDays?.includes(date) ?? false);
}

/**
 * The date `n` days after `date` (n >= 0).
 * - calendar: plain day arithmetic (the jurisdiction is not consulted).
 * - business: counts business days strictly after `date`; n = 0 gives `date` itself if it is a
 *   business day, else the next business day. The place's local and declared days count too.
 */
export function addDays(date: string, n: number, dayKind: DayKind, jurisdiction: string, place: WorkPlace = {}): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`número de días inválido (entero >= 0): ${n}`);
  parseDate(date);
  if (dayKind === 'calendar') return shift(date, n);
  let current = date;
  if (n === 0) return adjustToBusinessDay(date, 'nextBusinessDay', jurisdiction, place);
  for (let counted = 0; counted < n; ) {
    current = shift(current, 1);
    if (isBusinessDay(current, jurisdiction, place)) counted += 1;
  }
  return current;
}

/** A date moved, as the adjustment says, off a weekend or holiday; a business day stays. */
export function adjustToBusinessDay(date: string, adjustment: DateAdjustment, jurisdiction: string, place: WorkPlace = {}): string {
  parseDate(date);
  if (adjustment === 'exact') return date;
  const step = adjustment === 'previousBusinessDay' ? -1 : 1;
  let current = date;
  while (!isBusinessDay(current, jurisdiction, place)) current = shift(current, step);
  return current;
}

/** The calendar date, at a fixed UTC offset, of an instant. */
export function localDate(instantIso: string, utcOffset: string): string {
  const ms = Date.parse(instantIso);
  if (Number.isNaN(ms)) throw new Error(`instante inválido: ${instantIso}`);
  return formatUtcDate(ms + offsetMinutes(utcOffset) * 60_000);
}

/** 00:00:00.000 local of a date, as an ISO UTC instant. */
export function startOfLocalDay(date: string, utcOffset: string): string {
  return new Date(utcMidnight(date) - offsetMinutes(utcOffset) * 60_000).toISOString();
}

/** 23:59:59.000 local of a date, as an ISO UTC instant (e.g. '2027-04-01T05:59:59.000Z' at -06:00). */
export function endOfLocalDay(date: string, utcOffset: string): string {
  return new Date(utcMidnight(date) + dayMs - 1000 - offsetMinutes(utcOffset) * 60_000).toISOString();
}
