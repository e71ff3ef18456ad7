import { formatNumber, formatQuetzales } from '../../plan-budget/format';

/** Fields of the deliverable's items that hold quetzales. */
const MONEY_FIELDS = new Set(['amount', 'unitPrice', 'unitCost', 'cost']);

/** One value of a diff, readable: amounts in quetzales, nothing as "—", objects as JSON. */
export const diffValue = (field: string, value: unknown, locale: string): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return MONEY_FIELDS.has(field) ? formatQuetzales(value) : formatNumber(value, locale);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
};

/** An added or removed item in one line: its name first, then its other fields. */
export const describeItem = (item: unknown, locale: string): string => {
  if (!item || typeof item !== 'object') return diffValue('', item, locale);
  const record = item as Record<string, unknown>;
  const name = typeof record.name === 'string' ? record.name : null;
  const rest = Object.entries(record)
    .filter(([field, value]) => field !== 'name' && value !== null && value !== undefined && value !== '')
    .map(([field, value]) => `${field}: ${diffValue(field, value, locale)}`);
  return [name, ...rest].filter(Boolean).join(' · ');
};
