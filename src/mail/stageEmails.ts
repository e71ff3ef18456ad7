// What Ciclo writes to people about a stage, in Spanish by default, in English on request.
export type StageEmailKind = 'submitted' | 'approved' | 'returned' | 'reminder' | 'overdue';
export type Locale = 'es' | 'en';

export interface StageEmailContext {
  stageName: string;
  institutionName: string;
  version: number;
  deadline: string;
  timeZone: string;
  comment?: string;
  link: string;
}

const subjects: Record<Locale, Record<StageEmailKind, (c: StageEmailContext) => string>> = {
  es: {
    submitted: (c) => `${c.institutionName}: ${c.stageName} enviada para aprobación (versión ${c.version})`,
    approved: (c) => `${c.institutionName}: ${c.stageName} aprobada`,
    returned: (c) => `${c.institutionName}: ${c.stageName} devuelta para corrección`,
    reminder: (c) => `Recordatorio: ${c.stageName} vence el ${formatDate(c.deadline, c.timeZone, 'es')}`,
    overdue: (c) => `Plazo vencido: ${c.stageName} de ${c.institutionName}`,
  },
  en: {
    submitted: (c) => `${c.institutionName}: ${c.stageName} submitted for approval (version ${c.version})`,
    approved: (c) => `${c.institutionName}: ${c.stageName} approved`,
    returned: (c) => `${c.institutionName}: ${c.stageName} returned for correction`,
    reminder: (c) => `Reminder: ${c.stageName} is due on ${formatDate(c.deadline, c.timeZone, 'en')}`,
    overdue: (c) => `Deadline missed: ${c.stageName} of ${c.institutionName}`,
  },
};

const bodies: Record<Locale, Record<StageEmailKind, string>> = {
  es: {
    submitted: 'La Dirección de Planificación envió la etapa para su aprobación. Puede aprobarla o devolverla con observaciones.',
    approved: 'La autoridad aprobó la etapa.',
    returned: 'La autoridad devolvió la etapa para corrección. Atienda las observaciones y envíe una nueva versión.',
    reminder: 'La etapa aún no está aprobada y su plazo se acerca.',
    overdue: 'El plazo de la etapa venció sin aprobación.',
  },
  en: {
    submitted: 'The planning directorate submitted the stage for approval. You may approve it or return it with observations.',
    approved: 'The authority approved the stage.',
    returned: 'The authority returned the stage for correction. Address the observations and submit a new version.',
    reminder: 'The stage is not approved yet and its deadline is near.',
    overdue: 'The stage deadline passed without approval.',
  },
};

const labels = {
  es: { deadline: 'Plazo', version: 'Versión', comment: 'Observaciones', open: 'Abrir en Ciclo' },
  en: { deadline: 'Deadline', version: 'Version', comment: 'Observations', open: 'Open in Ciclo' },
};

export function formatDate(iso: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-GT' : 'en-US', { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** Renders one stage email as plain text and escaped HTML. */
export function renderStageEmail(kind: StageEmailKind, context: StageEmailContext, locale: Locale = 'es') {
  const l = labels[locale];
  const lines = [
    bodies[locale][kind],
    '',
    `${context.institutionName} · ${context.stageName}`,
    `${l.version}: ${context.version}`,
    `${l.deadline}: ${formatDate(context.deadline, context.timeZone, locale)}`,
    ...(context.comment ? [`${l.comment}: ${context.comment}`] : []),
    '',
    `${l.open}: ${context.link}`,
  ];
  const html = lines.map((line) => (line === '' ? '<br>' : `<p>${escapeHtml(line)}</p>`)).join('\n');
  return { subject: subjects[locale][kind](context), text: lines.join('\n'), html };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
