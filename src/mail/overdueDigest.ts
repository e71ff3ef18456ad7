// The coordinators' daily digest: every overdue stage of every institution, in one message.
import { formatDate, type Locale } from './stageEmails';

export interface OverdueLine {
  institutionCode: string;
  institutionName: string;
  stageName: string;
  deadline: string;
  daysLate: number;
}

export function renderOverdueDigest(lines: OverdueLine[], day: string, timeZone: string, link: string, locale: Locale = 'es') {
  const institutions = new Set(lines.map((l) => l.institutionCode)).size;
  const subject =
    locale === 'es'
      ? `Resumen diario ${day}: ${lines.length} etapa(s) vencida(s) en ${institutions} institución(es)`
      : `Daily digest ${day}: ${lines.length} overdue stage(s) in ${institutions} institution(s)`;
  const rows = lines.map((l) =>
    locale === 'es'
      ? `${l.institutionCode} · ${l.stageName}: venció el ${formatDate(l.deadline, timeZone, 'es')} (${l.daysLate} día(s) de atraso)`
      : `${l.institutionCode} · ${l.stageName}: due ${formatDate(l.deadline, timeZone, 'en')} (${l.daysLate} day(s) late)`,
  );
  const text = [...rows, '', `${locale === 'es' ? 'Ver el avance' : 'See the progress'}: ${link}`].join('\n');
  const html = text
    .split('\n')
    .map((line) => (line === '' ? '<br>' : `<p>${line.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)}</p>`))
    .join('\n');
  return { subject, text, html };
}
