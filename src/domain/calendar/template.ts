// A calendar template is data: the stages of a jurisdiction's planning-budget year, their
// dates, who submits and approves, reminders and escalation. Validated here, stored in the
// database, edited through the API, and handed to the workflows as a snapshot.
import { z } from 'zod';
import { deliverableKind } from '../planBudget/deliverable';
import { relativePeriod } from '../monitoring/reportingPeriods';

/** Stage codes are stable identifiers: lower snake case. */
export const stageCode = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, 'debe ser un código en minúsculas_con_guiones_bajos');

/** Who takes part in a stage. A planning director is a planner of higher rank. */
export const participantRole = z.enum(['planner', 'director', 'authority', 'coordinator']);
export type ParticipantRole = z.infer<typeof participantRole>;

const dayKind = z.enum(['calendar', 'business']);
/**
 * When the rule's date is a weekend or holiday: 'exact' keeps it (the default, as before),
 * 'previousBusinessDay' or 'nextBusinessDay' moves it to the nearest business day.
 */
const adjustment = z
  .enum(['exact', 'previousBusinessDay', 'nextBusinessDay'], { error: 'ajuste inválido: exact, previousBusinessDay o nextBusinessDay' })
  .optional();
const monthDay = {
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  /** Relative to the fiscal year being budgeted: -1 is the year before (t-1). */
  yearOffset: z.number().int().min(-2).max(2),
};

/** Longest month lengths; February counts 29 (in a common year 29 February falls back to the 28th). */
const longestMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const dateRule = z.discriminatedUnion('kind', [
  /** A date of the calendar, e.g. 15 July of t-1; end of that day in the template's zone. */
  z
    .object({ kind: z.literal('fixedDate'), ...monthDay, adjustment })
    .refine((rule) => rule.day <= (longestMonth[rule.month - 1] ?? 31), {
      path: ['day'],
      message: 'ese día no existe en ese mes',
    }),
  /** N days after another stage of the cycle is approved, counted in calendar or business days. */
  z.object({ kind: z.literal('afterApproval'), stage: stageCode, days: z.number().int().min(0).max(366), dayKind, adjustment }),
]);
export type DateRule = z.infer<typeof dateRule>;

export const approvalLevel = z.object({
  role: participantRole,
  /** For a coordinator's review: which coordinating institution reviews (e.g. SEGEPLAN). */
  institutionCode: z.string().min(2).max(20).optional(),
  /**
   * 'all': every person of that role at that institution approves the level, each on their own
   * (e.g. SEGEPLAN's sector analysts); any one of them may return it. By default any one decides.
   */
  quorum: z.enum(['any', 'all']).optional(),
});
export type ApprovalLevel = z.infer<typeof approvalLevel>;

/**
 * A rule of the stage, evaluated at submit and at each approval (Oracle EPM's "Update
 * Promotional Path" and "Do Not Promote"): when its condition holds on the deliverable's
 * figures, it adds a reviewer level at the end of the chain or blocks the step with its message.
 * Evaluated in src/domain/routingRules.ts.
 */
export const routingRule = z
  .object({
    code: stageCode,
    name: z.object({ es: z.string().min(3).max(200), en: z.string().min(3).max(200) }),
    when: z.discriminatedUnion('kind', [
      /** The proposal's total exceeds last year's vigente by more than the percentage. */
      z.object({ kind: z.literal('overPreviousVigente'), percent: z.number().min(0).max(1000) }),
      /** The proposal's total exceeds the sum of the ceilings in force for its year. */
      z.object({ kind: z.literal('overCeiling') }),
    ]),
    then: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('addLevel'), level: approvalLevel }),
      z.object({ kind: z.literal('block'), message: z.string().min(10).max(300) }),
    ]),
    at: z
      .array(z.enum(['submit', 'approval']))
      .min(1)
      .max(2)
      .default(() => ['submit', 'approval'] as ('submit' | 'approval')[]),
  })
  .refine((rule) => rule.then.kind !== 'addLevel' || rule.then.level.role !== 'coordinator' || Boolean(rule.then.level.institutionCode), {
    path: ['then', 'level', 'institutionCode'],
    message: 'un nivel de coordinación indica la institución que revisa',
  });
export type RoutingRule = z.infer<typeof routingRule>;

export const stageTemplate = z.object({
  code: stageCode,
  name: z.object({ es: z.string().min(3).max(200), en: z.string().min(3).max(200) }),
  order: z.number().int().min(1),
  /** Run once per institution, or once for the whole jurisdiction by the coordinators. */
  scope: z.enum(['institution', 'coordination']),
  /** Stages that must be approved before this one opens (coordination stages act as gates). */
  dependsOn: z.array(stageCode).default(() => []),
  /** When the stage opens at the earliest; it also waits for its dependencies. */
  start: dateRule,
  deadline: dateRule,
  submitterRole: participantRole,
  /** For coordination stages: the coordinating institution that submits (e.g. MINFIN). */
  submitterInstitutionCode: z.string().min(2).max(20).optional(),
  approvalChain: z.array(approvalLevel).min(1).max(6),
  /** Rules that add a reviewer level or block the step (see routingRule). */
  rules: z.array(routingRule).max(10).optional(),
  deliverable: z.string().min(3).max(300),
  /** The content a submission is checked and frozen as; by default it follows the stage code. */
  deliverableKind: deliverableKind.optional(),
  /** For a monitoring report: the period of the fiscal year it reports ('C1', '03', 'A'). */
  period: relativePeriod.optional(),
  legalBasis: z.string().max(300).default(''),
  hardDeadline: z.boolean().default(false),
  reminderDaysBefore: z.array(z.number().int().min(1).max(90)).max(6).default(() => [14, 7, 1]),
  escalation: z
    .object({
      /** Who is told, rung after rung, while the stage is overdue. */
      ladder: z.array(participantRole).min(1).max(6),
      everyDays: z.number().int().min(1).max(60),
    })
    .default(() => ({ ladder: ['planner', 'director', 'authority', 'coordinator'] as ParticipantRole[], everyDays: 3 })),
});
export type StageTemplate = z.infer<typeof stageTemplate>;

export const calendarTemplate = z
  .object({
    code: z.string().regex(/^[A-Z]{2}-[A-Z0-9-]{2,30}$/, 'debe tener la forma PAIS-NOMBRE, p. ej. GT-ANUAL'),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'código de país ISO de dos letras'),
    name: z.object({ es: z.string().min(3).max(200), en: z.string().min(3).max(200) }),
    /** Fixed UTC offset of the jurisdiction (Guatemala and Peru keep no summer time). */
    utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/, 'desfase como -06:00'),
    /** Planning and budgeting a year, or monitoring its execution: each runs as its own cycle. */
    phase: z.enum(['planning', 'execution', 'municipal', 'transparency']).default('planning'),
    stages: z.array(stageTemplate).min(1).max(40),
    /**
     * Days declared non-working for the public sector ('YYYY-MM-DD'): a cycle's copy of its
     * template gets the jurisdiction's decrees as they stand when it starts
     * (declaredNonWorkingDays.ts); a template may list more of its own.
     */
    declaredNonWorkingDays: z.array(z.iso.date('fecha AAAA-MM-DD')).max(400).optional(),
  })
  .superRefine((template, ctx) => {
    const codes = template.stages.map((s) => s.code);
    const seen = new Set<string>();
    template.stages.forEach((stage, i) => {
      if (seen.has(stage.code)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'code'], message: `código repetido: ${stage.code}` });
      seen.add(stage.code);
      const earlier = new Set(template.stages.filter((s) => s.order < stage.order).map((s) => s.code));
      stage.dependsOn.forEach((dep, j) => {
        if (!codes.includes(dep)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'dependsOn', j], message: `etapa desconocida: ${dep}` });
        else if (!earlier.has(dep)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'dependsOn', j], message: `${dep} debe ir antes de ${stage.code}` });
      });
      for (const [field, rule] of [['start', stage.start], ['deadline', stage.deadline]] as const) {
        // A stage cannot wait on its own approval: it would never open, or its deadline would
        // only be known once it no longer matters.
        if (rule.kind === 'afterApproval' && !earlier.has(rule.stage)) {
          const message = rule.stage === stage.code ? `${stage.code} no puede depender de su propia aprobación` : `${rule.stage} debe ser una etapa anterior`;
          ctx.addIssue({ code: 'custom', path: ['stages', i, field, 'stage'], message });
        }
      }
      // The coordinators' stages run once per jurisdiction: they cannot wait on one institution.
      if (stage.scope === 'coordination') {
        stage.dependsOn.forEach((dep, j) => {
          if (template.stages.some((s) => s.code === dep && s.scope === 'institution')) {
            ctx.addIssue({ code: 'custom', path: ['stages', i, 'dependsOn', j], message: `una etapa de coordinación no puede depender de la etapa institucional ${dep}` });
          }
        });
      }
      const ruleCodes = new Set<string>();
      stage.rules?.forEach((rule, j) => {
        if (ruleCodes.has(rule.code)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'rules', j, 'code'], message: `regla repetida: ${rule.code}` });
        ruleCodes.add(rule.code);
      });
      if (stage.deliverableKind === 'monitoringReport' && !stage.period) {
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'period'], message: 'un informe de seguimiento indica el período que informa (C1, C2, C3, 01-12 o A)' });
      }
      if (stage.scope === 'coordination' && !stage.submitterInstitutionCode) {
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'submitterInstitutionCode'], message: 'una etapa de coordinación indica la institución que la presenta' });
      }
    });
  });
export type CalendarTemplate = z.infer<typeof calendarTemplate>;
