import { monthName } from '../dates';

/** Choices of the deadline rule inputs; names are translation keys unless said otherwise. */
export const KIND_CHOICES = [
  { id: 'fixedDate', name: 'ciclo.template.kind.fixedDate' },
  { id: 'afterApproval', name: 'ciclo.template.kind.afterApproval' },
];

export const DAY_KIND_CHOICES = [
  { id: 'calendar', name: 'ciclo.template.day_kind.calendar' },
  { id: 'business', name: 'ciclo.template.day_kind.business' },
];

/** What a date on a weekend or holiday becomes; no choice keeps it as written ('exact'). */
export const ADJUSTMENT_CHOICES = [
  { id: 'previousBusinessDay', name: 'ciclo.template.adjustment.previousBusinessDay' },
  { id: 'nextBusinessDay', name: 'ciclo.template.adjustment.nextBusinessDay' },
];

export const YEAR_OFFSET_CHOICES = [
  { id: -2, name: 'ciclo.template.year_offset.minus2' },
  { id: -1, name: 'ciclo.template.year_offset.minus1' },
  { id: 0, name: 'ciclo.template.year_offset.zero' },
  { id: 1, name: 'ciclo.template.year_offset.plus1' },
  { id: 2, name: 'ciclo.template.year_offset.plus2' },
];

/** Month names in the UI's language (already translated: use translateChoice={false}). */
export const monthChoices = (locale: string) => Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: monthName(i + 1, locale) }));
