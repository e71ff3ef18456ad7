import type { TranslateFunction } from 'react-admin';
import { monthName } from '../dates';
import type { ApprovalLevel, DateRule, LocalizedText, ParticipantRole, RoutingRule, StageTemplate } from '../types';

// Template data in words, in the UI's language: "15 de julio del año t-1; si es inhábil, el día
// hábil anterior",
// "10 días hábiles después de aprobada «Techos presupuestarios»", "Director → Autoridad".

export const localized = (text: LocalizedText | undefined, locale: string): string => (text ? (locale === 'en' ? text.en : text.es) : '');

/** Year relative to the fiscal year t: -1 → "t-1", 0 → "t", 1 → "t+1". */
export const yearLabel = (offset: number): string => (offset === 0 ? 't' : offset > 0 ? `t+${offset}` : `t${offset}`);

const yearOffsetKeys: Record<string, string> = {
  '-2': 'minus2',
  '-1': 'minus1',
  '0': 'zero',
  '1': 'plus1',
  '2': 'plus2',
};

export const yearOffsetKey = (offset: number): string => `ciclo.template.year_offset.${yearOffsetKeys[String(offset)] ?? 'zero'}`;

export const describeRule = (rule: DateRule | undefined, stages: StageTemplate[], translate: TranslateFunction, locale: string): string => {
  if (!rule) return '';
  const text = describeUnadjustedRule(rule, stages, translate, locale);
  if (!rule.adjustment || rule.adjustment === 'exact') return text;
  return translate(`ciclo.template.adjusted.${rule.adjustment}`, { rule: text });
};

const describeUnadjustedRule = (rule: DateRule, stages: StageTemplate[], translate: TranslateFunction, locale: string): string => {
  if (rule.kind === 'fixedDate') {
    return translate('ciclo.template.fixed_date', {
      day: rule.day,
      month: monthName(rule.month, locale),
      year: yearLabel(rule.yearOffset),
    });
  }
  const reference = stages.find((stage) => stage.code === rule.stage);
  const stage = reference ? localized(reference.name, locale) : rule.stage;
  if (rule.days === 0) return translate('ciclo.template.on_approval', { stage });
  return translate(`ciclo.template.after_approval_${rule.dayKind}`, {
    smart_count: rule.days,
    stage,
  });
};

export const roleName = (role: ParticipantRole, translate: TranslateFunction): string => translate(`ciclo.role.${role}`, { _: role });

export const describeLevel = (level: ApprovalLevel, translate: TranslateFunction): string => {
  const who = level.institutionCode ? `${roleName(level.role, translate)} (${level.institutionCode})` : roleName(level.role, translate);
  return level.quorum === 'all' ? translate('ciclo.template.every_member', { who }) : who;
};

export const describeChain = (chain: ApprovalLevel[] | undefined, translate: TranslateFunction): string => (chain ?? []).map((level) => describeLevel(level, translate)).join(' → ');

const listFormat = (items: string[], locale: string): string => new Intl.ListFormat(locale === 'en' ? 'en-US' : 'es-GT', { type: 'conjunction' }).format(items);

export const describeReminders = (days: number[] | undefined, translate: TranslateFunction, locale: string): string =>
  days && days.length > 0
    ? translate('ciclo.template.reminders_text', {
        days: listFormat([...days].sort((a, b) => b - a).map(String), locale),
      })
    : translate('ciclo.template.no_reminders');

export const describeEscalation = (escalation: StageTemplate['escalation'] | undefined, translate: TranslateFunction): string =>
  escalation
    ? translate('ciclo.template.escalation_text', {
        days: escalation.everyDays,
        ladder: escalation.ladder.map((role) => roleName(role, translate)).join(' → '),
      })
    : '';

/** A routing rule in words: "Si el total supera en más de 10 % el vigente del año anterior: añade Coordinador (MINFIN); al enviar y en cada aprobación". */
export const describeRoutingRule = (rule: RoutingRule, translate: TranslateFunction): string => {
  const condition = rule.when.kind === 'overPreviousVigente' ? translate('ciclo.template.rule.over_previous_vigente', { percent: rule.when.percent }) : translate('ciclo.template.rule.over_ceiling');
  const action =
    rule.then.kind === 'addLevel'
      ? translate('ciclo.template.rule.add_level', { level: describeLevel(rule.then.level, translate) })
      : translate('ciclo.template.rule.block', { message: rule.then.message });
  const moments = rule.at.map((moment) => translate(`ciclo.template.rule.at_${moment}`)).join(` ${translate('ciclo.template.and')} `);
  return `${condition}: ${action}; ${moments}`;
};
