/** All dates of the cycle are shown in Guatemala's time zone (UTC-6, no DST). */
export const TIME_ZONE = 'America/Guatemala';

const intlLocale = (locale: string) => (locale === 'en' ? 'en-US' : 'es-GT');

const parse = (iso: string | null | undefined): Date | null => {
    if (!iso) return null;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
};

export const formatDate = (iso: string | null | undefined, locale: string): string => {
    const date = parse(iso);
    return date
        ? new Intl.DateTimeFormat(intlLocale(locale), {
              day: 'numeric',
              month: 'short',
              year: 'numeric',
              timeZone: TIME_ZONE,
          }).format(date)
        : '';
};

export const formatDateTime = (iso: string | null | undefined, locale: string): string => {
    const date = parse(iso);
    return date
        ? new Intl.DateTimeFormat(intlLocale(locale), {
              day: 'numeric',
              month: 'short',
              year: 'numeric',
              hour: 'numeric',
              minute: '2-digit',
              timeZone: TIME_ZONE,
          }).format(date)
        : '';
};

/** Days since the Unix epoch of the calendar day `date` falls on in Guatemala. */
const guatemalaDayNumber = (date: Date): number => {
    const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
    }).formatToParts(date);
    const get = (type: Intl.DateTimeFormatPartTypes) =>
        Number(parts.find(part => part.type === type)?.value);
    return Math.round(Date.UTC(get('year'), get('month') - 1, get('day')) / 86_400_000);
};

/**
 * Calendar days from today (in Guatemala) to the deadline's day:
 * positive = days left, 0 = due today, negative = days late. null if no valid date.
 */
export const daysUntil = (iso: string | null | undefined, now: Date = new Date()): number | null => {
    const date = parse(iso);
    return date ? guatemalaDayNumber(date) - guatemalaDayNumber(now) : null;
};

/** Guatemala's fixed offset from UTC (no daylight saving time). */
export const GUATEMALA_OFFSET = '-06:00';
const GUATEMALA_OFFSET_MS = -6 * 3_600_000;

/**
 * The value of a `datetime-local` input ("2027-04-15T17:00"), read as Guatemala time,
 * as an ISO 8601 string with its offset ("2027-04-15T17:00:00-06:00"). null if malformed.
 */
export const guatemalaLocalToIso = (local: string): string | null => {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(local.trim());
    if (!match) return null;
    const iso = `${match[1]}T${match[2]}${match[3] ?? ':00'}${GUATEMALA_OFFSET}`;
    return Number.isNaN(Date.parse(iso)) ? null : iso;
};

/** An instant as the value of a `datetime-local` input in Guatemala time ("2027-04-15T17:00"). */
export const isoToGuatemalaLocal = (iso: string | null | undefined): string => {
    const date = parse(iso);
    return date ? new Date(date.getTime() + GUATEMALA_OFFSET_MS).toISOString().slice(0, 16) : '';
};

/** The month's name in the UI's language ("julio", "July"). */
export const monthName = (month: number, locale: string): string =>
    new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2000, month - 1, 1)),
    );
