// Stage deadlines as an iCalendar feed (RFC 5545) that Outlook and Google Calendar subscribe to.
// Each deadline is an all-day event on its date in the institution's time zone, with a reminder
// the day before; the stage id keeps the event's UID stable, so a moved deadline moves the event.

export interface DeadlineEvent {
  stageId: string;
  stageName: string;
  institutionName: string;
  deadline: Date;
  timeZone: string;
  status: string;
  link: string;
}

/** The stage's date as the institution sees it: `2028-04-30` → `20280430`. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at).replaceAll('-', '');
}

function nextDay(yyyymmdd: string): string {
  const next = new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)) + 1));
  return next.toISOString().slice(0, 10).replaceAll('-', '');
}

function utcStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * TEXT values escape backslash, semicolon, comma and line breaks, a lone CR too (RFC 5545 3.3.11);
 * other control characters, which TEXT does not allow, are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Lines longer than 75 octets continue on the next line after a space, never inside a character. */
const utf8 = new TextEncoder();

export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    // The first line holds 75 octets; continuations hold 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const statusText: Record<string, string> = {
  draft: 'en elaboración',
  submitted: 'enviada, en aprobación',
  approved: 'aprobada',
  returned: 'devuelta para corrección',
};

export function icalendar(opts: { name: string; events: DeadlineEvent[]; generatedAt: Date }): string {
  const stamp = utcStamp(opts.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ciclo//Plazos del ciclo de planificación y presupuesto//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    // Clients poll subscribed feeds; this asks for hourly refreshes (Outlook, Apple).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const event of opts.events) {
    const day = localDate(event.deadline, event.timeZone);
    lines.push(
      'BEGIN:VEVENT',
      `UID:plazo-${event.stageId}@ciclo`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${nextDay(day)}`,
      `SUMMARY:${escapeText(`Plazo: ${event.stageName} (${event.institutionName})`)}`,
      `DESCRIPTION:${escapeText(`Estado: ${statusText[event.status] ?? event.status}. ${event.link}`)}`,
      `URL:${event.link}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(`Mañana vence: ${event.stageName}`)}`,
      'TRIGGER:-P1D',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
