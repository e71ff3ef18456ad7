import type { CalendarTemplate, DateRule, StageTemplate } from '../types';

const toNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/**
 * Only the fields of the rule's kind: switching kind leaves the other kind's values behind. The
 * weekend adjustment is kept unless it is the default ('exact', or none chosen).
 */
const cleanRule = (rule: DateRule): DateRule => {
  const adjustment = rule.adjustment && rule.adjustment !== 'exact' ? { adjustment: rule.adjustment } : {};
  return rule.kind === 'afterApproval'
    ? { kind: 'afterApproval', stage: rule.stage, days: toNumber(rule.days), dayKind: rule.dayKind, ...adjustment }
    : {
        kind: 'fixedDate',
        month: toNumber(rule.month),
        day: toNumber(rule.day),
        yearOffset: toNumber(rule.yearOffset),
        ...adjustment,
      };
};

/**
 * The form's values as the body of PUT / POST /api/calendar-templates: the whole template.
 * Every stage keeps the fields the form does not show (start, approval chain, escalation...)
 * exactly as they came; only the edited ones are normalised.
 */
export const toTemplateBody = (values: Partial<CalendarTemplate>) => {
  const { id: _id, updatedAt: _updatedAt, ...template } = values;
  return {
    ...template,
    stages: (template.stages ?? []).map((stage): StageTemplate => ({
      ...stage,
      deadline: cleanRule(stage.deadline),
      reminderDaysBefore: Array.isArray(stage.reminderDaysBefore) ? stage.reminderDaysBefore.map(toNumber) : [],
      hardDeadline: Boolean(stage.hardDeadline),
      legalBasis: stage.legalBasis ?? '',
    })),
  };
};
