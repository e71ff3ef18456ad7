// The periods of the execution year that monitoring reports on: the year, its three cuatrimestres
// and its months. A calendar template declares them relative to the year ("C1"); reports,
// indicator targets and measurements carry them absolute ("2028-C1").
import { z } from 'zod';

const relativePattern = /^(A|C[1-3]|0[1-9]|1[0-2])$/;
const absolutePattern = /^(\d{4})(?:-(C[1-3]|0[1-9]|1[0-2]))?$/;

/** What a calendar stage declares: 'A' (the whole year), 'C1'..'C3' or '01'..'12'. */
export const relativePeriod = z.string().regex(relativePattern, 'El período debe ser A (año), C1 a C3 (cuatrimestre) o 01 a 12 (mes)');

/** An absolute period: "2028", "2028-C1".."2028-C3" or "2028-01".."2028-12". */
export const periodCode = z.string().regex(absolutePattern, 'El período debe tener la forma 2028, 2028-C1 a 2028-C3 o 2028-01 a 2028-12');

export type PeriodKind = 'year' | 'fourMonth' | 'month';

export interface ParsedPeriod {
  year: number;
  kind: PeriodKind;
  /** The calendar months (1..12) the period covers, in order. */
  months: number[];
}

const monthNames = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const fourMonthNames = ['Primer', 'Segundo', 'Tercer'];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export function periodOf(fiscalYear: number, relative: string): string {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9999) throw new Error(`Ejercicio fiscal inválido: ${fiscalYear}`);
  const checked = relativePeriod.safeParse(relative);
  if (!checked.success) throw new Error(`Período relativo inválido "${relative}": ${checked.error.issues[0]?.message}`);
  return relative === 'A' ? String(fiscalYear) : `${fiscalYear}-${relative}`;
}

export function parsePeriod(period: string): ParsedPeriod {
  const match = absolutePattern.exec(period);
  if (!match) throw new Error(`Período inválido "${period}": debe tener la forma 2028, 2028-C1 a 2028-C3 o 2028-01 a 2028-12`);
  const year = Number(match[1]);
  const part = match[2];
  if (part === undefined) return { year, kind: 'year', months: range(1, 12) };
  if (part.startsWith('C')) {
    const first = (Number(part.slice(1)) - 1) * 4 + 1;
    return { year, kind: 'fourMonth', months: range(first, first + 3) };
  }
  return { year, kind: 'month', months: [Number(part)] };
}

/** How a period reads in Spanish: "2028", "Primer cuatrimestre 2028", "marzo 2028". */
export function periodLabel(period: string): string {
  const { year, kind, months } = parsePeriod(period);
  const first = months[0]!;
  if (kind === 'year') return String(year);
  if (kind === 'fourMonth') return `${fourMonthNames[(first - 1) / 4]} cuatrimestre ${year}`;
  return `${monthNames[first - 1]} ${year}`;
}

/** The last month of the period: cumulative financial figures are read at that month. */
export function lastMonth(period: string): number {
  return parsePeriod(period).months.at(-1)!;
}

/** The date a period's report falls due: `daysAfter` calendar days after the period's last day. */
export function reportDueDate(period: string, daysAfter = 15): { year: number; month: number; day: number } {
  if (!Number.isInteger(daysAfter) || daysAfter < 0) throw new Error(`Plazo inválido: ${daysAfter} días`);
  const { year } = parsePeriod(period);
  // Day 0 of the following month is the last day of this one; UTC so no local offset moves it.
  const due = new Date(Date.UTC(year, lastMonth(period), 0 + daysAfter));
  return { year: due.getUTCFullYear(), month: due.getUTCMonth() + 1, day: due.getUTCDate() };
}

/**
 * The target an indicator set for exactly this period, or undefined when it set none.
 * No figure is derived from other periods: summing monthly targets is right for counts but
 * wrong for rates and coverages, and an indicator does not say which one it measures.
 */
export function targetFor(targets: Record<string, number>, period: string): number | undefined {
  parsePeriod(period);
  const target = Object.hasOwn(targets, period) ? targets[period] : undefined;
  return typeof target === 'number' && Number.isFinite(target) ? target : undefined;
}
