// How far each indicator got towards its target in a period, and the traffic light that says
// at a glance whether it is on track.
import type { IndicatorItem, MeasurementItem } from '../planBudget/deliverable';
import { parsePeriod, targetFor } from './reportingPeriods';

export type TrafficLight = 'verde' | 'amarillo' | 'rojo' | 'sin_dato';

export const trafficLightLabels: Record<TrafficLight, string> = {
  verde: 'En meta',
  amarillo: 'En riesgo',
  rojo: 'Fuera de meta',
  sin_dato: 'Sin dato',
};

export interface ComplianceThresholds {
  onTrack: number;
  atRisk: number;
}

export const defaultThresholds: ComplianceThresholds = { onTrack: 0.9, atRisk: 0.7 };

const round4 = (value: number) => {
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? 0 : rounded; // no -0 in reports
};

/**
 * The share of the target reached in a period: 1 = fully met, above 1 = exceeded.
 *
 * - With a baseline the target improves on (above it when higher is better, below when lower is):
 *   the progress made from the baseline towards the target, (actual − baseline) / (target − baseline).
 *   The sign of the gap carries the direction, so it serves both; below 0 means the indicator
 *   moved away from the target.
 * - Otherwise (no baseline, or a target that only holds or lets the baseline slip, where that
 *   formula would score meeting it as falling short), a ratio of magnitudes:
 *   higher is better, actual / target (a target of 0 is met by any actual ≥ 0);
 *   lower is better, target / actual (an actual of 0 meets any target ≥ 0).
 *   Ratios mean nothing for negative values, so a negative target or actual gives null.
 *
 * Null when it cannot be computed; never NaN or Infinity. Rounded to 4 decimals.
 */
export function compliance({ target, actual, direction, baseline }: { target: number; actual: number; direction: 'higher' | 'lower'; baseline?: number | null }): number | null {
  if (!Number.isFinite(target) || !Number.isFinite(actual)) return null;
  let share: number | null;
  const from = baseline ?? null;
  const improves = from !== null && Number.isFinite(from) && (direction === 'higher' ? target > from : target < from);
  if (improves) {
    share = (actual - from) / (target - from);
  } else if (target < 0 || actual < 0) {
    share = null;
  } else if (direction === 'higher') {
    share = target === 0 ? 1 : actual / target;
  } else {
    share = actual === 0 ? 1 : target / actual;
  }
  return share !== null && Number.isFinite(share) ? round4(share) : null;
}

export function trafficLight(share: number | null, thresholds: ComplianceThresholds = defaultThresholds): TrafficLight {
  if (share === null || !Number.isFinite(share)) return 'sin_dato';
  if (share >= thresholds.onTrack) return 'verde';
  if (share >= thresholds.atRisk) return 'amarillo';
  return 'rojo';
}

export interface IndicatorProgress {
  indicatorCode: string;
  name: string;
  direction: 'higher' | 'lower';
  period: string;
  target: number | null;
  actual: number | null;
  compliance: number | null;
  light: TrafficLight;
}

/**
 * Each indicator's progress in a period, in the order given; an indicator with neither a target
 * nor a measurement for the period is left out. A later measurement for the same indicator and
 * period replaces an earlier one, as a corrected figure does.
 */
export function indicatorProgress(indicators: IndicatorItem[], measurements: MeasurementItem[], period: string, baselines: Record<string, number | null> = {}): IndicatorProgress[] {
  parsePeriod(period);
  const measured = new Map(measurements.filter((m) => m.period === period && Number.isFinite(m.value)).map((m) => [m.indicatorCode, m.value]));
  return indicators.flatMap((indicator) => {
    const target = targetFor(indicator.targets, period) ?? null;
    const actual = measured.get(indicator.code) ?? null;
    if (target === null && actual === null) return [];
    // A snapshot's indicator carries its baseline; an explicit map overrides it.
    const baseline = Object.hasOwn(baselines, indicator.code) ? baselines[indicator.code] : (indicator.baseline ?? null);
    const share = target !== null && actual !== null ? compliance({ target, actual, direction: indicator.direction, baseline }) : null;
    return [{ indicatorCode: indicator.code, name: indicator.name, direction: indicator.direction, period, target, actual, compliance: share, light: trafficLight(share) }];
  });
}

/** The indicators off their target (red light), which a report must explain. */
export function offTrack(progress: IndicatorProgress[]): IndicatorProgress[] {
  return progress.filter((p) => p.light === 'rojo');
}
