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
