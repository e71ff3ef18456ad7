// Turns a template's date rules into instants for one fiscal year. Pure and deterministic
// (imported by workflow code): the approvals the rules wait on are passed in.
import { addDays, adjustToBusinessDay, daysInMonth, endOfLocalDay, localDate, startOfLocalDay, type WorkPlace } from './businessDays';
import type { DateRule, StageTemplate } from './template';

export interface DateRuleContext extends WorkPlace {
  /** The year being budgeted (t). */
  fiscalYear: number;
  /** The template's fixed offset, e.g. '-06:00'. */
  utcOffset: string;
  /** Whose holidays count for business days, e.g. 'GT'. */
  jurisdiction: string;
  /** Stage code -> instant (ISO) its approval was recorded, for the stages approved so far. */
  approvals: Readonly<Record<string, string>>;
}

/**
 * The local calendar date ('YYYY-MM-DD') a rule points at, moved off a weekend or holiday if
 * its adjustment says so, or null while it waits on an approval not yet recorded.
 */
export function ruleDate(rule: DateRule, ctx: DateRuleContext): string | null {
  const date = unadjustedDate(rule, ctx);
  return date === null ? null : adjustToBusinessDay(date, rule.adjustment ?? 'exact', ctx.jurisdiction, ctx);
}

function unadjustedDate(rule: DateRule, ctx: DateRuleContext): string | null {
  if (rule.kind === 'fixedDate') {
    if (!Number.isInteger(ctx.fiscalYear)) throw new Error(`año fiscal inválido: ${ctx.fiscalYear}`);
    const year = ctx.fiscalYear + rule.yearOffset;
    const length = daysInMonth(year, rule.month);
    let day = rule.day;
    if (day > length) {
      // The schema lets 29 February through (a template is not tied to one year): in a common
      // year it means the last day of February. Anything else should have been rejected there.
      if (rule.month === 2 && day === 29) day = length;
      else throw new Error(`fecha imposible en la plantilla: ${rule.day}/${rule.month}/${year}`);
    }
    return `${year}-${String(rule.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  const approvedAt = ctx.approvals[rule.stage];
  if (approvedAt === undefined) return null;
  return addDays(localDate(approvedAt, ctx.utcOffset), rule.days, rule.dayKind, ctx.jurisdiction, ctx);
}

/**
 * The instant a rule resolves to: the end (23:59:59 local) of its day, or null while it waits
 * on an approval not yet recorded.
 */
export function resolveDateRule(rule: DateRule, ctx: DateRuleContext): string | null {
  const date = ruleDate(rule, ctx);
  return date === null ? null : endOfLocalDay(date, ctx.utcOffset);
}

/**
 * When a stage opens at the earliest and when it is due. The opening is the START (00:00
 * local) of the start rule's day, so that a stage that opens on 2 January is open all that
 * day; the deadline is the end of its day. Either is null while its rule waits on an
 * approval. The stage still waits for its dependencies (dependsOn) before it really opens.
 */
export function stageWindow(
  stage: Pick<StageTemplate, 'start' | 'deadline'>,
  ctx: DateRuleContext,
): { opensAt: string | null; deadline: string | null } {
  const startDate = ruleDate(stage.start, ctx);
  return {
    opensAt: startDate === null ? null : startOfLocalDay(startDate, ctx.utcOffset),
    deadline: resolveDateRule(stage.deadline, ctx),
  };
}

/**
 * The stages with every date taken as written, as cycles started before date adjustments
 * existed read them (their workflows replay without the adjustments).
 */
export function withExactDates(stages: StageTemplate[]): StageTemplate[] {
  const exact = (rule: DateRule): DateRule => ({ ...rule, adjustment: 'exact' });
  return stages.map((stage) => ({ ...stage, start: exact(stage.start), deadline: exact(stage.deadline) }));
}
