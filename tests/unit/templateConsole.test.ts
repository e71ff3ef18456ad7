// The console's calendar-template page: a rule's weekend adjustment is shown in words and kept
// when the template is saved from the form.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { describeRule } from '../../admin/src/calendar-templates/describe';
import { toTemplateBody } from '../../admin/src/calendar-templates/toTemplateBody';
import { en } from '../../admin/src/i18n/en';
import { es } from '../../admin/src/i18n/es';
import { guatemalaTemplate } from '../../src/domain/calendar/templates';

const spanish = polyglotI18nProvider(() => es, 'es').translate;
const english = polyglotI18nProvider(() => en, 'en').translate;
const congress = guatemalaTemplate.stages.find((s) => s.code === 'congress_submission')!;

describe('template page: weekend adjustment', () => {
  it('when a deadline falls back to the business day before, then the page says so in Spanish (and in English)', () => {
    expect(describeRule(congress.deadline, guatemalaTemplate.stages, spanish, 'es')).toBe('2 de septiembre del año t-1; si es inhábil, el día hábil anterior');
    expect(describeRule(congress.deadline, guatemalaTemplate.stages, english, 'en')).toBe('September 2 of year t-1; if not a business day, the business day before');
  });

  it('when a rule moves forward, or is exact, then the words follow', () => {
    const tenCalendarDays = { kind: 'afterApproval', stage: 'budget_ceilings', days: 10, dayKind: 'calendar', adjustment: 'nextBusinessDay' } as const;
    expect(describeRule(tenCalendarDays, guatemalaTemplate.stages, spanish, 'es')).toBe('10 días calendario después de aprobada «Techos presupuestarios»; si es inhábil, el día hábil siguiente');
    expect(describeRule({ ...congress.deadline, adjustment: 'exact' }, guatemalaTemplate.stages, spanish, 'es')).toBe('2 de septiembre del año t-1');
  });

  it('when the template is saved from the form, then adjustments are kept and "exact" is left to the default', () => {
    const body = toTemplateBody({ ...guatemalaTemplate, stages: guatemalaTemplate.stages.map((s) => (s.code === 'consolidation' ? { ...s, deadline: { ...s.deadline, adjustment: 'exact' as const } } : s)) });
    const deadlineOf = (code: string) => body.stages.find((s) => s.code === code)!.deadline;
    expect(deadlineOf('congress_submission')).toEqual({ kind: 'fixedDate', month: 9, day: 2, yearOffset: -1, adjustment: 'previousBusinessDay' });
    expect(deadlineOf('consolidation')).toEqual({ kind: 'fixedDate', month: 8, day: 31, yearOffset: -1 });
  });
});
