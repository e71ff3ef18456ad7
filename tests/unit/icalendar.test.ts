// The iCalendar feed's text: RFC 5545 escaping, folding and all-day dates in the institution's zone.
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalendar, localDate } from '../../src/domain/calendar/icalendar';

const event = {
  stageId: 'etapa-1',
  stageName: 'Anteproyecto de presupuesto',
  institutionName: 'Ministerio de Salud Pública y Asistencia Social',
  // 23:59 of 30 June in Guatemala (UTC-6) is already 1 July in UTC.
  deadline: new Date('2028-07-01T05:59:00Z'),
  timeZone: 'America/Guatemala',
  status: 'submitted',
  link: 'https://ciclo.example/#/stages/etapa-1/show',
};

describe('icalendar', () => {
  it('when a deadline falls after midnight UTC, then its all-day event is on the institution\'s own date', () => {
    expect(localDate(event.deadline, 'America/Guatemala')).toBe('20280630');
    expect(localDate(event.deadline, 'UTC')).toBe('20280701');
    const text = icalendar({ name: 'Plazos', events: [event], generatedAt: new Date('2026-11-24T12:00:00Z') });
    expect(text).toContain('DTSTART;VALUE=DATE:20280630\r\nDTEND;VALUE=DATE:20280701\r\n');
    expect(text).toContain('UID:plazo-etapa-1@ciclo\r\n');
    expect(text).toContain('DTSTAMP:20261124T120000Z\r\n');
    expect(text).toContain('TRIGGER:-P1D');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('when text has commas, semicolons, backslashes or newlines, then they are escaped', () => {
    expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });

  it('when text has a lone CR or other control characters, then the CR is an escaped newline and the rest are dropped', () => {
    expect(escapeText('a\rEND:VEVENT\r\nb\u0000\u0007\tc')).toBe('a\\nEND:VEVENT\\nb\tc');
  });

  it('when a line is longer than 75 octets, then it folds without splitting a character, and unfolds back', () => {
    const line = `SUMMARY:${'Plazo de revisión ñandú '.repeat(8)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('when every line of a whole feed is read, then none passes 75 octets and all end in CRLF', () => {
    const long = { ...event, stageName: 'Formulación del Plan Operativo Multianual y del Plan Operativo Anual, con metas físicas' };
    const text = icalendar({ name: 'Plazos de una persona con un nombre bastante largo', events: [long, { ...long, stageId: 'etapa-2' }], generatedAt: new Date() });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const physical of text.split('\r\n')) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
  });
});
