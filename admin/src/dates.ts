/**
 * Dates of the cycle in an institution's time zone: a deadline falls on a day where the
 * institution is, not where the browser is. Zones come from the API (Institution.timeZone).
 */

/** The zone of an institution that names none: the Guatemalan government's (UTC-6, no DST). */
export const DEFAULT_TIME_ZONE = 'America/Guatemala';

const intlLocale = (locale: string) => (locale === 'en' ? 'en-US' : 'es-GT');

const parse = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * Intl.DateTimeFormat by locale, zone and fields, made once: building one costs far more than
 * formatting with it, and a page of the matrix formats over a thousand dates.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
};

/** A formatter of instants in the institution's zone; '' for no date or an invalid one. */
const formatter =
  (fields: Intl.DateTimeFormatOptions) =>
  (iso: string | null | undefined, locale: string, timeZone: string = DEFAULT_TIME_ZONE): string => {
    const date = parse(iso);
    return date ? dateTimeFormat(intlLocale(locale), { ...fields, timeZone }).format(date) : '';
  };

export const formatDate = formatter({ day: 'numeric', month: 'short', year: 'numeric' });

export const formatDateTime = formatter({ day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** The wall clock of the zone at an instant, field by field. */
const wallClock = (date: Date, timeZone: string) => {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
};

/** The zone's offset from UTC at that instant, in ms: it changes with daylight saving time. */
const offsetMs = (instantMs: number, timeZone: string): number => {
  const wall = wallClock(new Date(instantMs), timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
};

/** Days since the Unix epoch of the calendar day `date` falls on in the zone. */
const dayNumber = (date: Date, timeZone: string): number => {
  const { year, month, day } = wallClock(date, timeZone);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
};

/**
 * Calendar days from today (in the zone) to the deadline's day:
 * positive = days left, 0 = due today, negative = days late. null if no valid date.
 */
export const daysUntil = (iso: string | null | undefined, now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): number | null => {
  const date = parse(iso);
  return date ? dayNumber(date, timeZone) - dayNumber(now, timeZone) : null;
};

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A wall clock as a `datetime-local` value ("2027-04-15T17:00"). */
const localText = (wall: ReturnType<typeof wallClock>) => `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;

/** "-06:00" for an offset of -6 h. */
const offsetText = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
};

/** The instant the wall time (given as if it were UTC) is in the zone; see localToIso. */
const instantOfWallTime = (wallAsUtc: number, timeZone: string): number => {
  // The offsets a day either side: they differ only when a DST change falls in between.
  const before = offsetMs(wallAsUtc - 86_400_000, timeZone);
  const after = offsetMs(wallAsUtc + 86_400_000, timeZone);
  const readings = [wallAsUtc - before, wallAsUtc - after].filter((instant) => offsetMs(instant, timeZone) === wallAsUtc - instant);
  // Twice (clocks went back): the first. Never (clocks jumped): read with the earlier offset,
  // which lands as far past the jump as the time was past the change.
  return readings.length > 0 ? Math.min(...readings) : wallAsUtc - before;
};

/**
 * The value of a `datetime-local` input ("2027-04-15T17:00"), read as wall time in the zone,
 * as an ISO 8601 string with the zone's offset then ("2027-04-15T17:00:00-06:00"). null if
 * malformed.
 */
export const localToIso = (local: string, timeZone: string): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => Number(part ?? 0));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const calendar = new Date(wallAsUtc);
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  const instant = instantOfWallTime(wallAsUtc, timeZone);
  const wall = wallClock(new Date(instant), timeZone);
  return `${localText(wall)}:${pad(wall.second)}${offsetText(offsetMs(instant, timeZone))}`;
};

/** An instant as the value of a `datetime-local` input in the zone ("2027-04-15T17:00"). */
export const isoToLocal = (iso: string | null | undefined, timeZone: string): string => {
  const date = parse(iso);
  if (!date) return '';
  return localText(wallClock(date, timeZone));
};

/** The month's name in the UI's language ("julio", "July"). */
export const monthName = (month: number, locale: string): string => new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
