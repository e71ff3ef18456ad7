// Guatemala's default planning-budget calendar (README, "The cycle engine", "Calendars are data"). For fiscal year t every date
// falls in t-1 (yearOffset -1), except the distribución analítica and the POA adjustment, due in
// mid-January of t. The guidelines come from two issuers: SEGEPLAN's Lineamientos generales de
// planificación and MINFIN-DTP's Normas para la formulación presupuestaria, one stage each.
// Stages of the execution year (cuota financiera, liquidación, the President's report, SEGEPLAN's
// annual report) are in GT-SEGUIMIENTO; an election year has its own variant (GT-ANUAL-ELECTORAL).
// Dates on a weekend or holiday: the anteproyecto (15 July) and the bill to Congress
// (2 September) are due by law "a más tardar", so they fall back to the business day before
// (the bill for 2019 went on Friday 31 August 2018). Congress's approval (30 November) stays:
// Congress can sit any day. The other dates come from yearly guidelines and stay as written;
// a coordinator moves them when needed.
// Coordinators: SEGEPLAN (planning secretariat) and MINFIN (finance ministry, DTP).
import type { ApprovalLevel, CalendarTemplate, DateRule, StageTemplate } from '../template';

// Stage builders, also used by the other built-in templates.
/** A fixed date; by default in the year before the fiscal year (t-1). */
export const fixed = (month: number, day: number, yearOffset = -1): DateRule => ({ kind: 'fixedDate', month, day, yearOffset });
/**
 * A fixed date set by law "a más tardar": when it is a weekend or holiday, the office that
 * receives the document is closed, so it is due the business day before. The Ley del Organismo
 * Judicial (art. 45) only leaves non-working days out of terms counted in days; it does not
 * move a date named by law.
 */
export const fixedOrBusinessDayBefore = (month: number, day: number, yearOffset = -1): DateRule => ({ ...fixed(month, day, yearOffset), adjustment: 'previousBusinessDay' });
export const afterApproval = (stage: string, days: number, dayKind: 'calendar' | 'business'): DateRule => ({ kind: 'afterApproval', stage, days, dayKind });

const director: ApprovalLevel = { role: 'director' };
const authority: ApprovalLevel = { role: 'authority' };
const segeplan: ApprovalLevel = { role: 'coordinator', institutionCode: 'SEGEPLAN' };
const minfin: ApprovalLevel = { role: 'coordinator', institutionCode: 'MINFIN' };

type Common = 'code' | 'name' | 'order' | 'start' | 'deadline' | 'approvalChain' | 'deliverable';
export type StageInput = Pick<StageTemplate, Common> & Partial<Omit<StageTemplate, Common | 'scope'>>;

/** A stage run by each institution's planning unit; overdue notices climb to the coordinator. */
export function institutionStage(input: StageInput): StageTemplate {
  return {
    scope: 'institution',
    dependsOn: [],
    submitterRole: 'planner',
    legalBasis: '',
    hardDeadline: false,
    reminderDaysBefore: [14, 7, 1],
    escalation: { ladder: ['planner', 'director', 'authority', 'coordinator'], everyDays: 3 },
    ...input,
  };
}

/** A stage run once for the whole country by a coordinating institution. */
export function coordinationStage(input: StageInput & { submitterInstitutionCode: string }): StageTemplate {
  return {
    scope: 'coordination',
    dependsOn: [],
    submitterRole: 'coordinator',
    legalBasis: '',
    hardDeadline: false,
    reminderDaysBefore: [14, 7, 1],
    escalation: { ladder: ['coordinator'], everyDays: 3 },
    ...input,
  };
}

export const guatemalaTemplate: CalendarTemplate = {
  code: 'GT-ANUAL',
  jurisdiction: 'GT',
  name: {
    es: 'Ciclo anual de planificación y presupuesto (Guatemala)',
    en: 'Annual planning and budget cycle (Guatemala)',
  },
  utcOffset: '-06:00',
  phase: 'planning',
  stages: [
    coordinationStage({
      code: 'guidelines',
      name: { es: 'Lineamientos de planificación (SEGEPLAN)', en: 'Planning guidelines (SEGEPLAN)' },
      order: 1,
      start: fixed(1, 2),
      deadline: fixed(2, 28),
      submitterInstitutionCode: 'SEGEPLAN',
      // Issued in coordination with MINFIN, which approves them: the other party decides (four eyes).
      approvalChain: [minfin],
      deliverable: 'Lineamientos generales de planificación (SEGEPLAN, en coordinación con MINFIN)',
      legalBasis: 'Ley Orgánica del Presupuesto (Decreto 101-97), art. 8 (vinculación plan-presupuesto); plazo del 28 de febrero: verificar fecha',
    }),
    coordinationStage({
      code: 'budget_formulation_rules',
      name: { es: 'Normas para la formulación presupuestaria (MINFIN-DTP)', en: 'Budget formulation rules (MINFIN-DTP)' },
      order: 2,
      start: fixed(1, 2),
      // The 2019 edition is dated March 2018; SEGEPLAN's workshops run into March.
      deadline: fixed(3, 31),
      submitterInstitutionCode: 'MINFIN',
      // The Dirección Técnica del Presupuesto drafts them, a second MINFIN person approves (four eyes).
      approvalChain: [minfin],
      deliverable: 'Normas para la formulación presupuestaria (Dirección Técnica del Presupuesto)',
      legalBasis: 'Ley Orgánica del Presupuesto (Decreto 101-97) y su reglamento (MINFIN, órgano rector); artículo y plazo del 31 de marzo: verificar fecha',
    }),
    institutionStage({
      code: 'strategic_review',
      name: { es: 'Revisión del plan estratégico institucional (PEI)', en: 'Strategic plan (PEI) review' },
      order: 3,
      dependsOn: ['guidelines'],
      start: fixed(2, 1),
      deadline: fixed(3, 31),
      approvalChain: [director, authority],
      deliverable: 'PEI revisado: resultados, modelo lógico y productos',
    }),
    institutionStage({
      code: 'pom_poa',
      name: { es: 'Plan operativo multianual y anual (POM/POA)', en: 'Multi-year and annual operational plans (POM/POA)' },
      order: 4,
      dependsOn: ['strategic_review'],
      start: fixed(3, 1),
      deadline: fixed(4, 30),
      approvalChain: [director, authority, segeplan],
      deliverable: 'POM (5 años), POA y metas de producción por producto',
      legalBasis: 'Lineamientos de SEGEPLAN; plazo del 30 de abril: verificar fecha',
    }),
    coordinationStage({
      code: 'budget_ceilings',
      name: { es: 'Techos presupuestarios', en: 'Budget ceilings' },
      order: 5,
      // The ceilings apply MINFIN's formulation rules.
      dependsOn: ['budget_formulation_rules'],
      start: fixed(5, 1),
      deadline: fixed(6, 15),
      submitterInstitutionCode: 'MINFIN',
      approvalChain: [minfin],
      deliverable: 'Techos presupuestarios por institución y fuente de financiamiento',
    }),
    institutionStage({
      code: 'preliminary_programming',
      name: { es: 'Programación preliminar dentro del techo', en: 'Preliminary programming within the ceiling' },
      order: 6,
      dependsOn: ['pom_poa', 'budget_ceilings'],
      start: afterApproval('budget_ceilings', 0, 'calendar'),
      deadline: afterApproval('budget_ceilings', 10, 'business'),
      approvalChain: [director, authority],
      deliverable: 'Escenarios de producción costeados dentro del techo',
      // About two weeks between the ceilings and the deadline.
      reminderDaysBefore: [7, 3, 1],
    }),
    institutionStage({
      code: 'budget_proposal',
      name: { es: 'Anteproyecto de presupuesto', en: 'Draft budget proposal' },
      order: 7,
      dependsOn: ['preliminary_programming'],
      start: fixed(6, 1),
      deadline: fixedOrBusinessDayBefore(7, 15),
      hardDeadline: true,
      approvalChain: [director, authority, minfin],
      // MINFIN-DTP reviews the quality of a proposal that grows sharply: a second analyst decides
      // after the first (four eyes), at submit or whenever the figures grow past the limit.
      rules: [
        {
          code: 'revision_calidad_minfin',
          name: { es: 'Revisión de calidad de MINFIN: crecimiento mayor al 10 % sobre el vigente', en: "MINFIN's quality review: growth over 10% above last year's current budget" },
          when: { kind: 'overPreviousVigente', percent: 10 },
          then: { kind: 'addLevel', level: minfin },
          at: ['submit', 'approval'],
        },
      ],
      deliverable: 'Anteproyecto de presupuesto con su POA',
      legalBasis: 'Ley Orgánica del Presupuesto (Decreto 101-97), art. 21 (presentación de anteproyectos), y su reglamento',
    }),
    coordinationStage({
      code: 'open_budget_hearings',
      name: { es: 'Presupuesto abierto: audiencias públicas del anteproyecto', en: 'Open budget: public hearings on the proposal' },
      order: 8,
      dependsOn: ['budget_ceilings'],
      start: fixed(6, 1),
      deadline: fixed(7, 31),
      submitterInstitutionCode: 'MINFIN',
      approvalChain: [minfin],
      deliverable: 'Memoria de las audiencias públicas de Presupuesto Abierto (presentaciones de las instituciones y aportes ciudadanos)',
      legalBasis: 'Práctica de MINFIN (Presupuesto Abierto), sin plazo legal; junio-julio: verificar fecha',
    }),
    coordinationStage({
      code: 'consolidation',
      name: { es: 'Consolidación del proyecto de presupuesto', en: 'Consolidation of the budget bill' },
      order: 9,
      dependsOn: ['budget_ceilings'],
      start: fixed(7, 16),
      deadline: fixed(8, 31),
      submitterInstitutionCode: 'MINFIN',
      approvalChain: [minfin],
      deliverable: 'Proyecto de ley de presupuesto consolidado',
    }),
    institutionStage({
      code: 'consolidation_feedback',
      name: { es: 'Respuesta a las observaciones de MINFIN', en: "Answer to MINFIN's observations" },
      order: 10,
      dependsOn: ['budget_proposal'],
      start: fixed(7, 16),
      deadline: fixed(8, 14),
      approvalChain: [director, authority],
      deliverable: 'Anteproyecto ajustado a las observaciones de MINFIN',
    }),
    coordinationStage({
      code: 'congress_submission',
      name: { es: 'Presentación del proyecto al Congreso', en: 'Submission of the bill to Congress' },
      order: 11,
      dependsOn: ['consolidation'],
      // The opening falls back too, so that it never comes after the deadline (1-2 September 2018).
      start: fixedOrBusinessDayBefore(9, 1),
      deadline: fixedOrBusinessDayBefore(9, 2),
      hardDeadline: true,
      submitterInstitutionCode: 'MINFIN',
      approvalChain: [minfin],
      deliverable: 'Proyecto de ley de presupuesto presentado al Congreso',
      legalBasis: 'Constitución Política de la República, arts. 171 literal b) y 183 literal j); Ley Orgánica del Presupuesto (Decreto 101-97), art. 23',
      // A two-day window.
      reminderDaysBefore: [1],
    }),
    coordinationStage({
      code: 'budget_approval',
      name: { es: 'Aprobación del presupuesto por el Congreso', en: 'Budget approval by Congress' },
      order: 12,
      dependsOn: ['congress_submission'],
      start: fixed(9, 3),
      deadline: fixed(11, 30),
      hardDeadline: true,
      submitterInstitutionCode: 'MINFIN',
      approvalChain: [minfin],
      deliverable: 'Decreto de presupuesto aprobado (MINFIN registra la decisión; sin aprobación rige el del año anterior)',
      legalBasis: 'Constitución Política, art. 171 literal b)',
    }),
    coordinationStage({
      code: 'analytic_distribution',
      name: { es: 'Distribución analítica del presupuesto aprobado', en: 'Analytic distribution of the approved budget' },
      order: 13,
      dependsOn: ['budget_approval'],
      start: fixed(12, 1),
      // Loaded before any spending of year t.
      deadline: fixed(1, 15, 0),
      submitterInstitutionCode: 'MINFIN',
      approvalChain: [minfin],
      deliverable: 'Acuerdo Gubernativo de distribución analítica del presupuesto, cargado en el sistema antes de todo gasto',
      legalBasis: 'Ley Orgánica del Presupuesto (Decreto 101-97) y su reglamento: distribución analítica por Acuerdo Gubernativo; artículo y plazo (enero del año t): verificar fecha',
    }),
    institutionStage({
      code: 'poa_adjustment',
      name: { es: 'Ajuste del POA al presupuesto aprobado', en: 'POA adjustment to the approved budget' },
      order: 14,
      dependsOn: ['budget_proposal', 'budget_approval'],
      start: fixed(12, 1),
      deadline: fixed(1, 15, 0),
      approvalChain: [director, authority],
      deliverable: 'POA ajustado al presupuesto aprobado',
    }),
  ],
};
