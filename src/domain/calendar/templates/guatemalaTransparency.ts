// The publication of Guatemala's budget documents for fiscal year t, as the Open Budget Survey
// (International Budget Partnership) counts them: its eight key documents, each due by the
// Survey's minimum standard of timeliness (aligned since 2013 with PEFA and the IMF's Fiscal
// Transparency Code) or earlier where Guatemalan law sets the document's own date. The in-year
// reports are three, one per four-month period (cuatrimestre), as the Ley Orgánica del
// Presupuesto has them. Its own template (phase transparency): its dates run from June of t-1 to
// May of t+1, across the planning and the monitoring cycles of the year.
// MINFIN publishes each document (the Contraloría's audit report is recorded by MINFIN, as
// GT-SEGUIMIENTO records it) and a second MINFIN person confirms the publication (four eyes).
import type { ApprovalLevel, CalendarTemplate, StageTemplate } from '../template';
import { afterApproval, coordinationStage, fixed, fixedOrBusinessDayBefore, type StageInput } from './guatemala';

const minfin: ApprovalLevel = { role: 'coordinator', institutionCode: 'MINFIN' };
const obs = 'Open Budget Survey (IBP), plazo mínimo de publicación';
/** Guatemala's law on access to public information makes budget information public ex officio. */
const publicInformation = 'Ley de Acceso a la Información Pública (Decreto 57-2008), art. 10';

const publication = (input: Omit<StageInput, 'approvalChain'> & Partial<Pick<StageTemplate, 'dependsOn' | 'hardDeadline' | 'reminderDaysBefore'>>): StageTemplate =>
  coordinationStage({ ...input, submitterInstitutionCode: 'MINFIN', approvalChain: [minfin] });

export const guatemalaTransparencyTemplate: CalendarTemplate = {
  code: 'GT-TRANSPARENCIA',
  jurisdiction: 'GT',
  name: { es: 'Publicación de los documentos presupuestarios (Guatemala)', en: 'Publication of the budget documents (Guatemala)' },
  utcOffset: '-06:00',
  phase: 'transparency',
  stages: [
    publication({
      code: 'pre_budget_statement',
      name: { es: 'Documento preliminar del presupuesto', en: 'Pre-budget statement' },
      order: 1,
      start: fixed(6, 1),
      // One month before the bill goes to Congress (2 September of t-1).
      deadline: fixedOrBusinessDayBefore(8, 2),
      deliverable: 'Supuestos macroeconómicos, techos de ingresos y gastos y prioridades del proyecto de presupuesto, publicados en el portal de MINFIN',
      legalBasis: `${obs}: un mes antes de presentar el proyecto al Congreso (Ley Orgánica del Presupuesto, Decreto 101-97, art. 23: 2 de septiembre)`,
    }),
    publication({
      code: 'executive_proposal_publication',
      name: { es: 'Publicación del proyecto de presupuesto del Ejecutivo', en: "Publication of the executive's budget proposal" },
      order: 2,
      start: fixed(8, 1),
      // Published the day it goes to Congress: the Survey only asks before its approval (30 November).
      deadline: fixedOrBusinessDayBefore(9, 2),
      hardDeadline: true,
      deliverable: 'Proyecto de ley de presupuesto con su exposición de motivos y anexos, publicado al presentarse al Congreso',
      legalBasis: `${obs}: mientras el Congreso lo discute y antes de aprobarlo; ${publicInformation}`,
    }),
    publication({
      code: 'enacted_budget_publication',
      name: { es: 'Publicación del presupuesto aprobado', en: 'Publication of the enacted budget' },
      order: 3,
      start: fixed(12, 1),
      // Three months after Congress approves it (30 November of t-1).
      deadline: fixed(2, 28, 0),
      deliverable: 'Decreto del Congreso que aprueba el presupuesto del año t y su distribución analítica, publicados en el portal de MINFIN',
      legalBasis: `${obs}: a más tardar tres meses después de aprobado; ${publicInformation}`,
    }),
    publication({
      code: 'citizens_budget',
      name: { es: 'Presupuesto ciudadano', en: "Citizens' budget" },
      order: 4,
      dependsOn: ['enacted_budget_publication'],
      start: afterApproval('enacted_budget_publication', 0, 'calendar'),
      deadline: afterApproval('enacted_budget_publication', 90, 'calendar'),
      deliverable: 'Versión en lenguaje sencillo del presupuesto aprobado: cuánto se gasta, en qué y con qué se financia',
      legalBasis: `${obs}: a más tardar tres meses después de publicado el documento que resume`,
    }),
    publication({
      code: 'in_year_report_1',
      name: { es: 'Informe durante el año: primer cuatrimestre', en: 'In-year report: first four months' },
      order: 5,
      start: fixed(5, 1, 0),
      deadline: fixed(7, 31, 0),
      deliverable: 'Ejecución de ingresos y gastos de enero a abril, publicada',
      legalBasis: `${obs}: a más tardar tres meses después del período; Ley Orgánica del Presupuesto, arts. 17 Bis y 17 Ter (informes cuatrimestrales)`,
    }),
    publication({
      code: 'mid_year_review',
      name: { es: 'Revisión de mitad de año', en: 'Mid-year review' },
      order: 6,
      start: fixed(7, 1, 0),
      // Three months after the middle of the year (30 June of t).
      deadline: fixed(9, 30, 0),
      deliverable: 'Análisis de la ejecución del primer semestre, con las proyecciones de ingresos y gastos al cierre del año',
      legalBasis: `${obs}: a más tardar tres meses después de la mitad del año`,
    }),
    publication({
      code: 'in_year_report_2',
      name: { es: 'Informe durante el año: segundo cuatrimestre', en: 'In-year report: second four months' },
      order: 7,
      start: fixed(9, 1, 0),
      deadline: fixed(11, 30, 0),
      deliverable: 'Ejecución de ingresos y gastos de mayo a agosto, publicada',
      legalBasis: `${obs}: a más tardar tres meses después del período; Ley Orgánica del Presupuesto, arts. 17 Bis y 17 Ter`,
    }),
    publication({
      code: 'in_year_report_3',
      name: { es: 'Informe durante el año: tercer cuatrimestre', en: 'In-year report: third four months' },
      order: 8,
      start: fixed(1, 2, 1),
      deadline: fixed(3, 31, 1),
      deliverable: 'Ejecución de ingresos y gastos de septiembre a diciembre, publicada',
      legalBasis: `${obs}: a más tardar tres meses después del período; Ley Orgánica del Presupuesto, arts. 17 Bis y 17 Ter`,
    }),
    publication({
      code: 'year_end_report',
      name: { es: 'Informe de fin de año (liquidación del presupuesto)', en: 'Year-end report (budget liquidation)' },
      order: 9,
      start: fixed(1, 2, 1),
      // The Constitution's date for the liquidación is earlier than the Survey's twelve months.
      deadline: fixedOrBusinessDayBefore(3, 31, 1),
      hardDeadline: true,
      deliverable: 'Liquidación del presupuesto y cierre contable del año t, publicados al remitirse al Congreso y a la Contraloría',
      legalBasis: `Constitución Política de la República, art. 241 (31 de marzo de t+1); ${obs}: a más tardar doce meses después del cierre`,
    }),
    publication({
      code: 'audit_report',
      name: { es: 'Informe de auditoría de la Contraloría', en: "Comptroller's audit report" },
      order: 10,
      dependsOn: ['year_end_report'],
      start: afterApproval('year_end_report', 0, 'calendar'),
      // The Contraloría reports within two months of the liquidación; the Survey's limit is 18 months after the year.
      deadline: afterApproval('year_end_report', 61, 'calendar'),
      deliverable: 'Informe de la Contraloría General de Cuentas sobre la liquidación, publicado (MINFIN lo registra)',
      legalBasis: `Constitución Política de la República, art. 241 (dos meses); ${obs}: a más tardar dieciocho meses después del cierre`,
    }),
  ],
};
