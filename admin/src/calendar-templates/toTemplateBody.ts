import type { CalendarTemplate, DateRule, StageTemplate } from '../types';

const toNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/** Only the fields of the rule's kind: switching kind leaves the other kind's values behind. */
const cleanRule = (rule: DateRule): DateRule =>
    rule.kind === 'afterApproval'
        ? { kind: 'afterApproval', stage: rule.stage, days: toNumber(rule.days), dayKind: rule.dayKind }
        : {
              kind: 'fixedDate',
              month: toNumber(rule.month),
              day: toNumber(rule.day),
              yearOffset: toNumber(rule.yearOffset),
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
        stages: (template.stages ?? []).map(
            (stage): StageTemplate => ({
                ...stage,
                deadline: cleanRule(stage.deadline),
                reminderDaysBefore: Array.isArray(stage.reminderDaysBefore)
                    ? stage.reminderDaysBefore.map(toNumber)
                    : [],
                hardDeadline: Boolean(stage.hardDeadline),
                legalBasis: stage.legalBasis ?? '',
            }),
        ),
    };
};
