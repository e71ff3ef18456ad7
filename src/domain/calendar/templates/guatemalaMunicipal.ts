// Guatemala's municipal planning-budget calendar: the 340 municipalities plan and budget under
// the Código Municipal (Decreto 12-2002), with SEGEPLAN's and MINFIN's municipal guides. The
// alcalde is the authority; the Dirección Municipal de Planificación (DMP) and the Dirección de
// Administración Financiera Integrada Municipal (DAFIM) prepare and submit. The concejo's
// approval is recorded by the alcalde with the acta's number in the comment. Its own phase, so
// a municipal cycle runs beside the central government's of the same year. Dates set by yearly
// guides rather than by law are marked "verificar fecha".
import type { ApprovalLevel, CalendarTemplate } from '../template';
import { afterApproval, coordinationStage, fixed, institutionStage } from './guatemala';

const director: ApprovalLevel = { role: 'director' };
const authority: ApprovalLevel = { role: 'authority' };
const segeplan: ApprovalLevel = { role: 'coordinator', institutionCode: 'SEGEPLAN' };
const minfin: ApprovalLevel = { role: 'coordinator', institutionCode: 'MINFIN' };

export const guatemalaMunicipalTemplate: CalendarTemplate = {
  code: 'GT-MUNICIPAL',
  jurisdiction: 'GT',
  name: {
    es: 'Ciclo municipal de planificación y presupuesto (Guatemala)',
    en: 'Municipal planning and budget cycle (Guatemala)',
  },
  utcOffset: '-06:00',
  phase: 'municipal',
  stages: [
    coordinationStage({
      code: 'municipal_guidelines',
      name: { es: 'Lineamientos de planificación y presupuesto municipal', en: 'Municipal planning and budget guidelines' },
      order: 1,
      start: fixed(1, 2),
      deadline: fixed(2, 28),
      submitterInstitutionCode: 'SEGEPLAN',
      approvalChain: [minfin],
      deliverable: 'Guía de SEGEPLAN para el PEI, POM y POA municipales y lineamientos de MINFIN para el presupuesto municipal',
      legalBasis: 'Ley Orgánica del Presupuesto (Decreto 101-97), art. 8; Ley de los Consejos de Desarrollo (Decreto 11-2002); verificar fecha',
    }),
    institutionStage({
      code: 'municipal_pom_poa',
      name: { es: 'POM y POA municipales', en: 'Municipal multi-year and annual operational plans' },
      order: 2,
      dependsOn: ['municipal_guidelines'],
      start: fixed(3, 1),
      deadline: fixed(6, 30),
      approvalChain: [director, authority, segeplan],
      deliverable: 'POM y POA municipales vinculados al Plan de Desarrollo Municipal y Ordenamiento Territorial (PDM-OT), con la participación del COMUDE',
      legalBasis: 'Código Municipal, arts. 35 y 96 Bis; Ley de los Consejos de Desarrollo, art. 12; verificar fecha',
    }),
    institutionStage({
      code: 'municipal_budget_draft',
      name: { es: 'Proyecto de presupuesto al Concejo Municipal', en: 'Draft budget to the municipal council' },
      order: 3,
      dependsOn: ['municipal_pom_poa'],
      start: fixed(8, 1),
      deadline: fixed(10, 7),
      approvalChain: [director, authority],
      deliverable: 'Proyecto de presupuesto de ingresos y egresos formulado por el alcalde con las comisiones de finanzas y de probidad, vinculado al POA',
      legalBasis: 'Código Municipal, art. 131 (el alcalde lo somete al Concejo en la primera semana de octubre)',
      hardDeadline: true,
    }),
    institutionStage({
      code: 'municipal_council_approval',
      name: { es: 'Aprobación del presupuesto por el Concejo Municipal', en: 'Budget approval by the municipal council' },
      order: 4,
      dependsOn: ['municipal_budget_draft'],
      start: afterApproval('municipal_budget_draft', 0, 'calendar'),
      deadline: fixed(12, 15),
      submitterRole: 'director',
      approvalChain: [authority],
      deliverable: 'Presupuesto aprobado por el Concejo Municipal (número de acta en el comentario); sin aprobación al 1 de enero rige el del año anterior',
      legalBasis: 'Código Municipal, art. 131 (aprobado a más tardar el 15 de diciembre)',
      hardDeadline: true,
    }),
    institutionStage({
      code: 'municipal_budget_filing',
      name: { es: 'Remisión del presupuesto aprobado', en: 'Filing of the approved budget' },
      order: 5,
      dependsOn: ['municipal_council_approval'],
      start: afterApproval('municipal_council_approval', 0, 'calendar'),
      deadline: afterApproval('municipal_council_approval', 10, 'business'),
      approvalChain: [authority],
      deliverable: 'Copia del presupuesto aprobado a la Contraloría General de Cuentas, al MINFIN y a SEGEPLAN, y su registro en el sistema de gestión municipal',
      legalBasis: 'Código Municipal, art. 133; Ley Orgánica del Presupuesto, art. 47; verificar plazo',
      reminderDaysBefore: [7, 3, 1],
    }),
    institutionStage({
      code: 'municipal_liquidation',
      name: { es: 'Liquidación del presupuesto municipal', en: 'Closing of the municipal budget' },
      order: 6,
      dependsOn: ['municipal_budget_filing'],
      start: fixed(1, 2, 1),
      deadline: fixed(2, 28, 1),
      approvalChain: [director, authority],
      deliverable: 'Liquidación del presupuesto del ejercicio aprobada por el Concejo y enviada a la Contraloría General de Cuentas',
      legalBasis: 'Código Municipal, art. 135; verificar fecha',
    }),
  ],
};
