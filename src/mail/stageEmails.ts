// What Ciclo writes to people about a stage, in Spanish by default, in English on request.
import type { StageEvent } from '../domain/stageEvent';

/** Every stage event can be mailed. */
export type StageEmailKind = StageEvent;
export type Locale = 'es' | 'en';

export interface StageEmailContext {
  stageName: string;
  institutionName: string;
  version: number;
  deadline: string;
  timeZone: string;
  comment?: string;
  link: string;
  /** The reader's own signed links, when the mail asks them to decide. */
  actions?: { approve: string; return: string };
}

/** The mails that ask someone to decide: their deciders get approve and return links. */
export const decisionKinds: readonly StageEmailKind[] = ['submitted', 'level_approved', 'reassigned', 'escalated'];

const subjects: Record<Locale, Record<StageEmailKind, (c: StageEmailContext) => string>> = {
  es: {
    submitted: (c) => `${c.institutionName}: ${c.stageName} enviada para aprobación (versión ${c.version})`,
    approved: (c) => `${c.institutionName}: ${c.stageName} aprobada`,
    returned: (c) => `${c.institutionName}: ${c.stageName} devuelta para corrección`,
    reminder: (c) => `Recordatorio: ${c.stageName} vence el ${formatDate(c.deadline, c.timeZone, 'es')}`,
    overdue: (c) => `Plazo vencido: ${c.stageName} de ${c.institutionName}`,
    level_approved: (c) => `${c.institutionName}: ${c.stageName} espera su revisión (versión ${c.version})`,
    escalated: (c) => `Escalamiento: ${c.stageName} de ${c.institutionName} sigue vencida`,
    extended: (c) => `Prórroga: ${c.stageName} vence ahora el ${formatDate(c.deadline, c.timeZone, 'es')}`,
    deadline_moved: (c) => `Cambio de fecha: ${c.stageName} vence el ${formatDate(c.deadline, c.timeZone, 'es')}`,
    reassigned: (c) => `${c.institutionName}: se le delegó la aprobación de ${c.stageName}`,
    off_track: (c) => `Alerta: indicadores fuera de meta en ${c.stageName} de ${c.institutionName}`,
    recalled: (c) => `${c.institutionName}: se retiró el envío de ${c.stageName}`,
    rule_fired: (c) => `${c.institutionName}: ${c.stageName} necesitará también su revisión (versión ${c.version})`,
    rule_blocked: (c) => `${c.institutionName}: una regla detuvo ${c.stageName}`,
  },
  en: {
    submitted: (c) => `${c.institutionName}: ${c.stageName} submitted for approval (version ${c.version})`,
    approved: (c) => `${c.institutionName}: ${c.stageName} approved`,
    returned: (c) => `${c.institutionName}: ${c.stageName} returned for correction`,
    reminder: (c) => `Reminder: ${c.stageName} is due on ${formatDate(c.deadline, c.timeZone, 'en')}`,
    overdue: (c) => `Deadline missed: ${c.stageName} of ${c.institutionName}`,
    level_approved: (c) => `${c.institutionName}: ${c.stageName} awaits your review (version ${c.version})`,
    escalated: (c) => `Escalation: ${c.stageName} of ${c.institutionName} is still overdue`,
    extended: (c) => `Extension: ${c.stageName} is now due on ${formatDate(c.deadline, c.timeZone, 'en')}`,
    deadline_moved: (c) => `Date changed: ${c.stageName} is due on ${formatDate(c.deadline, c.timeZone, 'en')}`,
    reassigned: (c) => `${c.institutionName}: the approval of ${c.stageName} was delegated to you`,
    off_track: (c) => `Alert: indicators off track in ${c.stageName} of ${c.institutionName}`,
    recalled: (c) => `${c.institutionName}: the submission of ${c.stageName} was withdrawn`,
    rule_fired: (c) => `${c.institutionName}: ${c.stageName} will need your review too (version ${c.version})`,
    rule_blocked: (c) => `${c.institutionName}: a rule stopped ${c.stageName}`,
  },
};

const bodies: Record<Locale, Record<StageEmailKind, string>> = {
  es: {
    submitted: 'La Dirección de Planificación envió la etapa para su aprobación. Puede aprobarla o devolverla con observaciones.',
    approved: 'La autoridad aprobó la etapa.',
    returned: 'La autoridad devolvió la etapa para corrección. Atienda las observaciones y envíe una nueva versión.',
    reminder: 'La etapa aún no está aprobada y su plazo se acerca.',
    overdue: 'El plazo de la etapa venció sin aprobación.',
    level_approved: 'Un nivel anterior aprobó la etapa; ahora le corresponde revisarla. Puede aprobarla o devolverla con observaciones.',
    escalated: 'La etapa sigue sin aprobar después de su plazo. Se le informa para que intervenga.',
    extended: 'El ente coordinador prorrogó el plazo de la etapa.',
    deadline_moved: 'El ente coordinador cambió la fecha de la etapa para todas las instituciones.',
    reassigned: 'Se le delegó la decisión sobre esta etapa.',
    off_track: 'El informe de seguimiento presentado muestra indicadores por debajo del 70 % de su meta del período. Revise las causas y las medidas correctivas.',
    recalled: 'Quien envió la etapa retiró el envío antes de su revisión: ya no espera su decisión. Volverá a recibir aviso cuando se envíe de nuevo.',
    rule_fired: 'Una regla de la plantilla añadió un nivel de revisión a su cargo para esta versión. Recibirá aviso cuando le corresponda decidir.',
    rule_blocked: 'Una regla de la plantilla impidió avanzar la etapa. Corrija lo que indica y vuelva a intentarlo.',
  },
  en: {
    submitted: 'The planning directorate submitted the stage for approval. You may approve it or return it with observations.',
    approved: 'The authority approved the stage.',
    returned: 'The authority returned the stage for correction. Address the observations and submit a new version.',
    reminder: 'The stage is not approved yet and its deadline is near.',
    overdue: 'The stage deadline passed without approval.',
    level_approved: 'An earlier level approved the stage; your review is next. You may approve it or return it with observations.',
    escalated: 'The stage is still not approved after its deadline. You are told so that you can step in.',
    extended: 'The coordinator extended the stage deadline.',
    deadline_moved: 'The coordinator changed the stage date for every institution.',
    reassigned: 'The decision on this stage was delegated to you.',
    off_track: 'The monitoring report submitted shows indicators below 70% of their target for the period. Review the causes and the corrective measures.',
    recalled: 'The person who submitted the stage withdrew it before your review: it no longer awaits your decision. You will be told when it is submitted again.',
    rule_fired: 'A rule of the template added a review level in your charge for this version. You will be told when your decision is due.',
    rule_blocked: 'A rule of the template stopped the stage. Correct what it says and try again.',
  },
};

const labels = {
  es: { deadline: 'Plazo', version: 'Versión', comment: 'Observaciones', open: 'Abrir en Ciclo', approve: 'Aprobar', return: 'Devolver para corrección', once: 'Cada enlace sirve una sola vez y pide confirmación antes de actuar.' },
  en: { deadline: 'Deadline', version: 'Version', comment: 'Observations', open: 'Open in Ciclo', approve: 'Approve', return: 'Return for correction', once: 'Each link works once and asks for confirmation before acting.' },
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
  const actions = context.actions ? ['', `${l.approve}: ${context.actions.approve}`, `${l.return}: ${context.actions.return}`, l.once] : [];
  const html = [
    ...lines.map((line) => (line === '' ? '<br>' : `<p>${escapeHtml(line)}</p>`)),
    ...(context.actions
      ? ['<br>', `<p><a href="${escapeHtml(context.actions.approve)}">${escapeHtml(l.approve)}</a> · <a href="${escapeHtml(context.actions.return)}">${escapeHtml(l.return)}</a></p>`, `<p>${escapeHtml(l.once)}</p>`]
      : []),
  ].join('\n');
  return { subject: subjects[locale][kind](context), text: [...lines, ...actions].join('\n'), html };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
